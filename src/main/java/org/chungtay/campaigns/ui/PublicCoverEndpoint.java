package org.chungtay.campaigns.ui;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.shared.Picture;
import org.chungtay.shared.OpenToEveryone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Cover pictures of public campaigns at a plain, stable address ({@code /campaign-covers/<slug>}), so that
 * phones cache them between visits and chat apps can show them in link previews. Only active and closed
 * campaigns have one here; the staff views show drafts' covers through Vaadin, behind sign-in.
 * <p>
 * Every first-time visitor of a campaign page asks for its cover, so a cover read from the database is kept
 * for as long as a rendered public page ({@code PUBLIC_PAGE_CACHE_SECONDS}), within a bounded amount of
 * memory: a crowd costs one read per cover every few seconds, and a replaced cover shows as soon as the
 * page that links it.
 */
@RestController
class PublicCoverEndpoint {

    private static final CacheControl CACHE = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic();
    private static final long MAX_KEPT_BYTES = 32L * 1024 * 1024;

    private final CampaignService campaigns;
    private final Cache<String, Cover> recent;

    PublicCoverEndpoint(CampaignService campaigns, @Value("${chungtay.public-pages.cache-seconds}") int cacheSeconds) {
        this.campaigns = campaigns;
        this.recent = Caffeine.newBuilder()
                .maximumWeight(MAX_KEPT_BYTES)
                .<String, Cover>weigher((slug, cover) -> cover.bytes().length)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
                .build();
    }

    @GetMapping("/campaign-covers/{slug}")
    ResponseEntity<byte[]> cover(@PathVariable String slug, WebRequest request) {
        // A slug without a cover is not kept (Caffeine keeps no null), so made-up slugs cannot fill memory.
        Cover cover = recent.get(slug, key -> campaigns.publicCover(key).map(Cover::of).orElse(null));
        if (cover == null) {
            return ResponseEntity.notFound().build();
        }
        if (request.checkNotModified(cover.etag())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(cover.etag()).contentType(cover.type()).body(cover.bytes());
    }

    /** A cover as it is sent: its bytes, their type and an ETag made of their checksum and length. */
    private record Cover(MediaType type, byte[] bytes, String etag) {

        static Cover of(Picture image) {
            byte[] bytes = image.bytes();
            CRC32 checksum = new CRC32();
            checksum.update(bytes);
            return new Cover(MediaType.parseMediaType(image.contentType()), bytes,
                    "\"" + Long.toHexString(checksum.getValue()) + "-" + bytes.length + "\"");
        }
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
            return OpenToEveryone.chain(http, "/campaign-covers/**");
        }
    }
}
