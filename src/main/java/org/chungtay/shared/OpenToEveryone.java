package org.chungtay.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A security filter chain for addresses that anyone may read without signing in (pictures, files), ordered
 * before the portal's deny-by-default chain: it never creates or reads a session, keeps no saved request,
 * needs no CSRF token and has no sign-out. No CSRF token, because such addresses answer GET only, or, like the
 * unsubscribe link's one-click POST (RFC 8058), carry their only credential, a signed token, in the address
 * itself: no cookie is read, so a forged cross-site request has nothing to borrow. One place, so that every
 * open address is opened the same way.
 */
public final class OpenToEveryone {

    private OpenToEveryone() {
    }

    /** The chain that opens the addresses matching {@code pattern} (a path pattern) to everyone. */
    public static SecurityFilterChain chain(HttpSecurity http, String pattern) throws Exception {
        return chain(http.securityMatcher(pattern));
    }

    /** The chain that opens the requests matching {@code requests} (such as a path for GET and POST) to everyone. */
    public static SecurityFilterChain chain(HttpSecurity http, RequestMatcher requests) throws Exception {
        return chain(http.securityMatcher(requests));
    }

    private static SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
