package org.chungtay.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.chungtay.shared.VietnamTime;
import org.junit.jupiter.api.Test;

class ThankYouTimingTest {

    private static final QuietHours NIGHT = QuietHours.DEFAULT;

    @Test
    void anInstantOutsideQuietHoursStaysWhereItIs() {
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-12T14:30"))).isEqualTo(vn("2027-06-12T14:30"));
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-12T07:00"))).as("the end is no longer quiet")
                .isEqualTo(vn("2027-06-12T07:00"));
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-12T20:59:59"))).isEqualTo(vn("2027-06-12T20:59:59"));
    }

    @Test
    void anEveningInstantMovesToTheNextMorningAcrossMidnight() {
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-12T21:00"))).isEqualTo(vn("2027-06-13T07:00"));
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-12T23:45"))).isEqualTo(vn("2027-06-13T07:00"));
        assertThat(NIGHT.firstInstantOutside(vn("2027-12-31T22:10"))).as("across the year")
                .isEqualTo(vn("2028-01-01T07:00"));
    }

    @Test
    void anEarlyMorningInstantMovesToThatMorning() {
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-13T00:00"))).isEqualTo(vn("2027-06-13T07:00"));
        assertThat(NIGHT.firstInstantOutside(vn("2027-06-13T06:59"))).isEqualTo(vn("2027-06-13T07:00"));
    }

    @Test
    void quietHoursWithinOneDayEndTheSameDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));

        assertThat(lunch.firstInstantOutside(vn("2027-06-12T11:29"))).isEqualTo(vn("2027-06-12T11:29"));
        assertThat(lunch.firstInstantOutside(vn("2027-06-12T11:30"))).isEqualTo(vn("2027-06-12T13:30"));
        assertThat(lunch.firstInstantOutside(vn("2027-06-12T13:30"))).isEqualTo(vn("2027-06-12T13:30"));
    }

    @Test
    void hoursThatStartWhereTheyEndAreNoQuietTime() {
        QuietHours none = new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0));

        assertThat(none.contains(LocalTime.of(22, 0))).isFalse();
        assertThat(none.firstInstantOutside(vn("2027-06-12T22:00"))).isEqualTo(vn("2027-06-12T22:00"));
    }

    @Test
    void theThankYouGoesAfterTheDelayThenOutsideQuietHoursInVietnamTime() {
        ThankYouTiming timing = ThankYouTiming.DEFAULT;

        assertThat(timing.sendAt(vn("2027-06-12T10:00"))).isEqualTo(vn("2027-06-12T10:30"));
        assertThat(timing.sendAt(vn("2027-06-12T20:45"))).as("the delay runs into quiet hours")
                .isEqualTo(vn("2027-06-13T07:00"));
        // 14:20 UTC is 21:20 in Vietnam: a payment recorded in a European afternoon waits for Vietnam's morning.
        assertThat(timing.sendAt(Instant.parse("2027-06-12T13:50:00Z"))).isEqualTo(Instant.parse("2027-06-13T00:00:00Z"));
    }

    @Test
    void withoutQuietHoursOnlyTheDelayCounts() {
        ThankYouTiming anyHour = new ThankYouTiming(0, null);

        assertThat(anyHour.sendAt(vn("2027-06-12T23:15"))).isEqualTo(vn("2027-06-12T23:15"));
        assertThat(new ThankYouTiming(1440, null).sendAt(vn("2027-06-12T23:15"))).isEqualTo(vn("2027-06-13T23:15"));
    }

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
    }
}
