package org.chungtay.campaigns;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The public pages' stylesheet at an address that carries a hash of its content
 * ({@code /app/public-<md5>.css}): browsers and proxies keep it for a year without asking again, and a
 * new version gets a new address. Spring's resource chain reads it from the jar once and then serves it
 * from memory.
 */
@Configuration(proxyBeanMethods = false)
class PublicAssets implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/META-INF/resources/app/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/" + CampaignsNavigation.PUBLIC_STYLESHEET.replace(".css", "*.css"))
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
