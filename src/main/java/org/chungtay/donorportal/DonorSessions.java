package org.chungtay.donorportal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.chungtay.donors.DonorAccounts;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.SessionCheck;
import org.chungtay.shared.StartRefused;
import org.chungtay.shared.ui.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A donor's session (DD029): started by a sign-in link in a new HTTP session, ended after
 * {@code chungtay.donor-portal.idle-timeout} without the donor doing anything (Vaadin's heartbeats of an open tab
 * do not count), {@code chungtay.donor-portal.max-session} after signing in however active, on sign-out, and at
 * once when the address no longer belongs to the donor (a contact removed, a record merged), on every node.
 */
@Component
public class DonorSessions implements SessionCheck {

    private static final String LAST_ACTIVE = DonorSessions.class.getName() + ".lastActive";

    private final DonorAccounts accounts;
    private final Duration idle;
    private final Duration max;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    DonorSessions(DonorAccounts accounts, @Value("${chungtay.donor-portal.idle-timeout}") String idle,
            @Value("${chungtay.donor-portal.max-session}") String max) {
        this.accounts = accounts;
        this.idle = duration("DONOR_SESSION_IDLE", idle);
        this.max = duration("DONOR_SESSION_MAX", max);
        if (this.max.compareTo(this.idle) < 0) {
            throw new StartRefused("DONOR_SESSION_MAX is '" + max + "', shorter than DONOR_SESSION_IDLE ('" + idle + "').",
                    "Make DONOR_SESSION_MAX at least as long as DONOR_SESSION_IDLE (see README.md).");
        }
    }

    private static Duration duration(String variable, String value) {
        try {
            Duration parsed = DurationStyle.detectAndParse(value);
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (IllegalArgumentException notADuration) {
            // told below
        }
        throw new StartRefused(variable + " is '" + value + "', but it must be a positive duration such as 30m or 12h.",
                "Correct " + variable + " (see the configuration table in README.md), or leave it unset.");
    }

    @Override
    public boolean isCurrent(Authentication authentication, HttpServletRequest request) {
        if (!(authentication.getPrincipal() instanceof DonorPrincipal donor)) {
            return true;
        }
        Instant now = Instant.now();
        if (now.isAfter(donor.signedInAt().plus(max))) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant last = (Instant) session.getAttribute(LAST_ACTIVE);
            if (last != null && now.isAfter(last.plus(idle))) {
                return false;
            }
            String query = request.getQueryString();
            if (query == null || !query.contains("v-r=heartbeat")) {
                session.setAttribute(LAST_ACTIVE, now);
            }
        }
        return accounts.maySignIn(donor.donorId(), donor.email());
    }

    /**
     * Signs the donor in on this browser: whatever session it had (a staff member's, a visitor's) ends, a new one
     * starts with the donor in it, and the portal opens in the donor's language.
     */
    public void start(HttpServletRequest request, HttpServletResponse response, DonorPrincipal donor, Locale language) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) idle.toSeconds());
        session.setAttribute(LAST_ACTIVE, Instant.now());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(donor.authentication());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        Cookie cookie = new Cookie(Languages.COOKIE, Languages.of(language.getLanguage()).getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(Languages.COOKIE_SECONDS);
        response.addCookie(cookie);
    }
}
