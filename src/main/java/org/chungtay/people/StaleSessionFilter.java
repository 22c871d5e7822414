package org.chungtay.people;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.chungtay.shared.SessionCheck;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that one of the {@link SessionCheck}s no longer accepts (DD011): a staff account that changed
 * since it signed in, a donor session too old or whose access was taken away. The HTTP session (with the Vaadin
 * session in it) is invalidated and the request goes on as anonymous, so that Vaadin reloads the page and the
 * sign-in page opens. Not a bean: Spring Boot would register a filter bean a second time, outside the security
 * chain.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final List<SessionCheck> checks;

    StaleSessionFilter(List<SessionCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && checks.stream().anyMatch(check -> !check.isCurrent(authentication, request))) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
