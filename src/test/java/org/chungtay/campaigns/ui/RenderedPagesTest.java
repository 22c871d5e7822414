package org.chungtay.campaigns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.chungtay.campaigns.ui.RenderedPages.Page;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RenderedPagesTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();

    private Page render() {
        return Page.of(HttpStatus.OK, "<p>render " + renders.incrementAndGet() + "</p>");
    }

    @Test
    void aCrowdWithinTheFewSecondsSharesOneRenderAndThenThePageIsRenderedAgain() {
        RenderedPages pages = new RenderedPages(Duration.ofSeconds(5), nanos::get);

        Page first = pages.get("campaign/tet-2027?vi", this::render);
        for (int visitor = 0; visitor < 100; visitor++) {
            nanos.addAndGet(Duration.ofMillis(40).toNanos());
            assertThat(pages.get("campaign/tet-2027?vi", this::render)).isSameAs(first);
        }
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        Page later = pages.get("campaign/tet-2027?vi", this::render);

        assertThat(renders).hasValue(2);
        assertThat(later.html()).isEqualTo("<p>render 2</p>");
        assertThat(later.etag()).isNotEqualTo(first.etag()).startsWith("\"").endsWith("\"");
    }

    @Test
    void eachPageAndLanguageIsRenderedOnItsOwn() {
        RenderedPages pages = new RenderedPages(Duration.ofSeconds(5), nanos::get);

        pages.get("campaign/tet-2027?vi", this::render);
        pages.get("campaign/tet-2027?en", this::render);
        pages.get("campaigns?vi", this::render);

        assertThat(renders).hasValue(3);
    }

    @Test
    void withNoTimeToKeepEveryVisitRenders() {
        RenderedPages pages = new RenderedPages(Duration.ZERO, nanos::get);

        pages.get("home?vi", this::render);
        pages.get("home?vi", this::render);

        assertThat(renders).hasValue(2);
    }
}
