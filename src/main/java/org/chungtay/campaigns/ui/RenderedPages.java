package org.chungtay.campaigns.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.http.HttpStatus;
import org.springframework.util.DigestUtils;

/**
 * Public pages as rendered a moment ago: when the press links to a campaign, thousands of visitors ask for
 * the same page within seconds, and each render costs database queries for the figures and the honour roll.
 * A page is kept for a few seconds (a setting), so a crowd shares one render while the thermometer still
 * moves as pledges are confirmed. Caffeine rather than a hand-made map: it bounds the size and expires
 * entries without a sweeper of our own.
 */
class RenderedPages {

    private static final int MAX_PAGES = 2_000;

    private final Cache<String, Page> pages;

    RenderedPages(Duration keepFor, Ticker ticker) {
        this.pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).expireAfterWrite(keepFor).ticker(ticker).build();
    }

    /** The page under this key, rendered by {@code render} unless a recent rendering is kept. */
    Page get(String key, Supplier<Page> render) {
        return pages.get(key, ignored -> render.get());
    }

    /** A rendered page with the ETag of its HTML. */
    record Page(HttpStatus status, String html, String etag) {

        static Page of(HttpStatus status, String html) {
            return new Page(status, html, "\"" + DigestUtils.md5DigestAsHex(html.getBytes(StandardCharsets.UTF_8)) + "\"");
        }
    }
}
