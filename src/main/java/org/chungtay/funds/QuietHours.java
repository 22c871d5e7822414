package org.chungtay.funds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import org.chungtay.shared.VietnamTime;

/**
 * Hours of the day, in Vietnam time, when a fund sends donors no thank-you: from {@code start} (included) to
 * {@code end} (excluded). A start later than the end crosses midnight (21:00–07:00); a start equal to the end
 * is no quiet time at all, which the settings refuse (a fund switches quiet hours off instead).
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether a time of day lies within these hours. */
    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        if (start.isAfter(end)) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return false;
    }

    /**
     * The first instant at or after {@code at} that lies outside these hours: {@code at} itself when it is
     * outside, otherwise the next time the clock in Vietnam shows {@code end} (the same day, or the next one
     * when the hours cross midnight and {@code at} is in the evening).
     */
    public Instant firstInstantOutside(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, VietnamTime.ZONE);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        LocalDateTime quietEnds = local.toLocalDate().atTime(end);
        if (!quietEnds.isAfter(local)) {
            quietEnds = quietEnds.plusDays(1);
        }
        return quietEnds.atZone(VietnamTime.ZONE).toInstant();
    }
}
