package org.chungtay.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A security filter chain for addresses that anyone may read without signing in (pictures, files), ordered
 * before the portal's deny-by-default chain: it never creates or reads a session, keeps no saved request,
 * needs no CSRF token (such addresses answer GET only) and has no sign-out. One place, so that every open
 * address is opened the same way.
 */
public final class OpenToEveryone {

    private OpenToEveryone() {
    }

    /** The chain that opens the addresses matching {@code pattern} (a path pattern) to everyone. */
    public static SecurityFilterChain chain(HttpSecurity http, String pattern) throws Exception {
        return http.securityMatcher(pattern)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
