package org.chungtay.people;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it signed in (DD011): deactivated, given another role
 * or fund unit, or its password reset, on whichever node. Each signed-in request reads the account's
 * security version by primary key and compares it with the one its principal carries; on a mismatch
 * the HTTP session (with the Vaadin session in it) is invalidated and the request goes on as
 * anonymous, so that Vaadin reloads the page and the sign-in page opens. Not a bean: Spring Boot would
 * register a filter bean a second time, outside the security chain.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    StaleSessionFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me && !isCurrent(me)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
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
