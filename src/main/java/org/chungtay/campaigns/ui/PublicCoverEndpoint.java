package org.chungtay.campaigns.ui;

import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CoverImage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Cover pictures of public campaigns at a plain, stable address ({@code /campaign-covers/<slug>}), so that
 * phones cache them between visits and chat apps can show them in link previews. Only active and closed
 * campaigns have one here; the staff views show drafts' covers through Vaadin, behind sign-in.
 */
@RestController
class PublicCoverEndpoint {

    private static final CacheControl CACHE = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic();

    private final CampaignService campaigns;

    PublicCoverEndpoint(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaign-covers/{slug}")
    ResponseEntity<byte[]> cover(@PathVariable String slug, WebRequest request) {
        CoverImage cover = campaigns.publicCover(slug).orElse(null);
        if (cover == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] bytes = cover.bytes();
        CRC32 checksum = new CRC32();
        checksum.update(bytes);
        String etag = "\"" + Long.toHexString(checksum.getValue()) + "-" + bytes.length + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag)
                .contentType(MediaType.parseMediaType(cover.contentType())).body(bytes);
    }

    /**
     * Opens the cover address to everyone, before the portal's deny-by-default chain sees it. Nothing
     * else passes through this chain, and it keeps no session.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain publicCampaignCovers(HttpSecurity http) throws Exception {
            return http.securityMatcher("/campaign-covers/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }
}
