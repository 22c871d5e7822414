package org.chungtay.shared;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's own files under {@code /app/} (from {@code frontend/}: styles, the public pages' stylesheet,
 * the icon), served by Spring's resource chain rather than Vaadin's static file server. Measured on the
 * production jar, Vaadin's server opened the whole jar as a zip file system for every such request (to ask
 * whether the file is a folder), about 20 ms of CPU each; a first-time visitor of a public page asks for the
 * icon. Here a file is found once and its address remembered.
 * <p>
 * A file has two addresses: its plain one ({@code /app/favicon.svg}), kept for an hour, as Vaadin did, for
 * the links that Vaadin's page writes; and one that carries a hash of its content
 * ({@code /app/favicon-<md5>.svg}, found with {@link org.springframework.web.servlet.resource.ResourceUrlProvider}),
 * which browsers and proxies keep for a year without asking again: a new version gets a new address. The
 * files have no "-" in their names, so a name with one is a hashed address.
 */
@Configuration(proxyBeanMethods = false)
public class StaticAssets implements WebMvcConfigurer {

    /** The portal's icon (frontend/favicon.svg), relative to the portal's base address. */
    public static final String ICON = "app/favicon.svg";
    /** The plain public pages' stylesheet (frontend/public.css); pages link it by its content-hashed address. */
    public static final String PUBLIC_STYLESHEET = "app/public.css";

    private static final String LOCATION = "classpath:/META-INF/resources/app/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        register(registry, "/app/*-*.*", CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        register(registry, "/app/**", CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    private static void register(ResourceHandlerRegistry registry, String pattern, CacheControl cache) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(LOCATION)
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** Opens these files to everyone, without the session and sign-in filters that a page of the app passes. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain staticAssetsChain(HttpSecurity http) throws Exception {
        return OpenToEveryone.chain(http, "/app/**");
    }
}
