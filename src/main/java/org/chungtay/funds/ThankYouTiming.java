package org.chungtay.funds;

import java.time.Duration;
import java.time.Instant;

/**
 * When a payment's thank-you goes: {@code delayMinutes} after the payment is recorded, so that an entry
 * corrected at once (reversed within the delay) thanks nobody, and then outside the unit's quiet hours.
 * Part of a unit's {@link FundUnitSettings}; a unit without settings follows the nearest unit above it that
 * has them, and the {@link #DEFAULT} when none has ({@link FundUnitSettingsService#thankYouTiming(long)}).
 *
 * @param quietHours null when the fund sends at any hour
 */
public record ThankYouTiming(int delayMinutes, QuietHours quietHours) {

    public static final int DELAY_MIN = 0;
    /** A day: later than that a thank-you is no longer one. */
    public static final int DELAY_MAX = 1440;
    public static final ThankYouTiming DEFAULT = new ThankYouTiming(30, QuietHours.DEFAULT);

    /** The first instant at or after the payment's recording plus the delay that lies outside quiet hours. */
    public Instant sendAt(Instant recordedAt) {
        Instant afterDelay = recordedAt.plus(Duration.ofMinutes(delayMinutes));
        return quietHours == null ? afterDelay : quietHours.firstInstantOutside(afterDelay);
    }
}
