package org.chungtay.support;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the portal made of a request: the client address and whether it counts as HTTPS, as every part of
 * the portal sees them. Only requests that carry an {@value #HEADER} header are kept, under its value.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestProbe {

    public static final String HEADER = "X-Test-Probe";

    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    public static Seen seen(String probe) {
        return SEEN.get(probe);
    }

    /** First of all filters, so that it sees requests that security answers itself (a redirect to sign in). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestProbe() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String probe = request.getHeader(HEADER);
                if (probe != null) {
                    SEEN.put(probe, new Seen(request.getRemoteAddr(), request.isSecure(), request.getScheme()));
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    public record Seen(String remoteAddress, boolean secure, String scheme) {
    }
}
