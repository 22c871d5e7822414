package org.chungtay.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.chungtay.shared.Role;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private final Instant now = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void fourWrongPasswordsCostNothing() {
        StaffUser user = user();
        for (int i = 0; i < 4; i++) {
            user.signInFailed(now);
        }
        assertThat(user.signInBlockedAt(now)).isFalse();
    }

    @Test
    void theFifthWrongPasswordMakesTheAccountWaitThirtySecondsThenDoubling() {
        StaffUser user = user();
        for (int i = 0; i < 5; i++) {
            user.signInFailed(now);
        }
        assertThat(user.loginBlockedUntil()).isEqualTo(now.plusSeconds(30));
        user.signInFailed(now);
        assertThat(user.loginBlockedUntil()).isEqualTo(now.plusSeconds(60));
        for (int i = 0; i < 20; i++) {
            user.signInFailed(now);
        }
        assertThat(Duration.between(now, user.loginBlockedUntil())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        StaffUser user = user();
        for (int i = 0; i < 6; i++) {
            user.signInFailed(now);
        }
        user.signedIn(now.plusSeconds(120));
        assertThat(user.signInBlockedAt(now)).isFalse();
        user.signInFailed(now);
        assertThat(user.signInBlockedAt(now)).isFalse();
    }

    private static StaffUser user() {
        return new StaffUser("clerk", new StaffDetails("Clerk", "clerk@example.vn", Role.FUND_STAFF, 1), "{noop}x");
    }
}
