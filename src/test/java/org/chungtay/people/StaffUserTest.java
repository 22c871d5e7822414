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

    @Test
    void deactivationANewRoleOrUnitAndEveryNewPasswordEndTheAccountsSessions() {
        StaffUser user = user();
        long version = user.securityVersion();

        user.update(new StaffDetails("Clerk Renamed", "renamed@example.vn", Role.FUND_STAFF, 1));
        assertThat(user.securityVersion()).as("a new name or email keeps sessions").isEqualTo(version);

        user.update(new StaffDetails("Clerk", "clerk@example.vn", Role.FUND_MANAGER, 1));
        assertThat(user.securityVersion()).isEqualTo(++version);
        user.update(new StaffDetails("Clerk", "clerk@example.vn", Role.FUND_MANAGER, 2));
        assertThat(user.securityVersion()).isEqualTo(++version);
        user.setTemporaryPassword("{noop}reset");
        assertThat(user.securityVersion()).isEqualTo(++version);
        user.setOwnPassword("{noop}chosen");
        assertThat(user.securityVersion()).isEqualTo(++version);
        user.deactivate();
        assertThat(user.securityVersion()).isEqualTo(++version);
    }

    private static StaffUser user() {
        return new StaffUser("clerk", new StaffDetails("Clerk", "clerk@example.vn", Role.FUND_STAFF, 1), "{noop}x");
    }
}
