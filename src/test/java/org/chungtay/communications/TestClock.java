package org.chungtay.communications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time of a test's dispatcher: real time moved by an offset that the test advances. Set years ahead, it
 * makes the test's messages due for its own dispatchers only, never for the portal's job, which reads real time.
 */
final class TestClock extends Clock {

    private volatile Duration offset;

    TestClock(Duration ahead) {
        this.offset = ahead;
    }

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock to the instant, if it lies ahead. */
    void advanceTo(Instant instant) {
        Duration by = Duration.between(instant(), instant);
        if (!by.isNegative()) {
            advance(by);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
