package org.chungtay.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chungtay.shared.Role;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    @Test
    void fourWrongPasswordsCostNothing() {
        for (int failed = 0; failed <= 4; failed++) {
            assertThat(StaffUser.waitAfter(failed)).isEmpty();
        }
    }

    @Test
    void theFifthWrongPasswordMakesTheAccountWaitThirtySecondsThenDoubling() {
        assertThat(StaffUser.waitAfter(5)).contains(Duration.ofSeconds(30));
        assertThat(StaffUser.waitAfter(6)).contains(Duration.ofSeconds(60));
        assertThat(StaffUser.waitAfter(9)).contains(Duration.ofMinutes(8));
        assertThat(StaffUser.waitAfter(10)).contains(Duration.ofMinutes(15));
        assertThat(StaffUser.waitAfter(200)).contains(Duration.ofMinutes(15));
    }

    private static StaffUser user() {
        return new StaffUser("clerk", new StaffDetails("Clerk", "clerk@example.vn", Role.FUND_STAFF, 1), "{noop}x");
    }
}
