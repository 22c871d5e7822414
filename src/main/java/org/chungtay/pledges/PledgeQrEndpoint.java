package org.chungtay.pledges;

import java.util.concurrent.TimeUnit;

import org.chungtay.shared.OpenToEveryone;
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

/**
 * The VietQR image of a pledge at a plain address ({@code /pledges/<token>/qr.png}), for the
 * confirmation page and the confirmation email alike. Only the holder of the token reaches it.
 */
@RestController
class PledgeQrEndpoint {

    private static final int SIZE_PX = 320;
    private final PledgeService pledges;

    PledgeQrEndpoint(PledgeService pledges) {
        this.pledges = pledges;
    }

    @GetMapping(value = "/pledges/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        return pledges.qrImage(token, SIZE_PX)
                .map(png -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                        .body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Opens the image address to everyone, before the portal's deny-by-default chain sees it. */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        SecurityFilterChain pledgeQrImages(HttpSecurity http) throws Exception {
            return OpenToEveryone.chain(http, "/pledges/*/qr.png");
        }
    }
}
