package org.chungtay.people;

import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.chungtay.people.ui.LoginView;
import org.chungtay.shared.SessionCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Deny by default: every view needs an access annotation (Vaadin refuses views without one) and
 * every service method a {@code @PreAuthorize}. Only the health probe is open here; the public pages, the
 * portal's files and a few public images have chains of their own, each stating what it opens.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** bcrypt today, behind a delegating encoder so that stored hashes can move to a newer algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observation around each security filter of each request: nothing reads these traces,
     * and on the production jar they were a measurable part of what a public page's request costs.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<SessionCheck> sessionChecks) throws Exception {
        http.addFilterAfter(new StaleSessionFilter(sessionChecks), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Addresses that are no view (an old or mistyped link) reach Vaadin, which answers with a
        // friendly "not found" page, once the person has signed in.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/")
                        .anyRequest(AuthorizedUrl::authenticated))
                .build();
    }
}
