package org.chungtay.people;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.shared.SessionCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Ends a staff session whose account changed since it signed in (DD011): deactivated, given another role or fund
 * unit, or its password reset, on whichever node. Reads the account's security version by primary key and
 * compares it with the one the principal carries.
 */
@Component
class StaffSessionCheck implements SessionCheck {

    private final JdbcClient jdbc;

    StaffSessionCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isCurrent(Authentication authentication, HttpServletRequest request) {
        return !(authentication.getPrincipal() instanceof StaffPrincipal me) || isCurrent(me);
    }

    /** One primary-key read, outside any transaction; a deleted row counts as changed. */
    boolean isCurrent(StaffPrincipal me) {
        return jdbc.sql("SELECT security_version FROM staff_user WHERE id = ?")
                .param(me.userId())
                .query(Long.class)
                .optional()
                .filter(version -> version == me.securityVersion())
                .isPresent();
    }
}
