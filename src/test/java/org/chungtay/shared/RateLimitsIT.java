package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.chungtay.shared.RateLimit.Allowance;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RateLimitsIT extends IntegrationTest {

    private static final RateLimit FIVE_AN_HOUR = RateLimit.of("test-five", new Allowance(5, Duration.ofHours(1)));

    @Autowired
    RateLimits limits;

    @Test
    void an_allowance_is_spent_once_across_parallel_callers() throws Exception {
        String subject = UUID.randomUUID().toString();
        Callable<Boolean> attempt = () -> limits.tryConsume(FIVE_AN_HOUR, subject);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long granted = pool.invokeAll(IntStream.range(0, 20).mapToObj(i -> attempt).toList()).stream()
                    .filter(result -> {
                        try {
                            return result.get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }).count();
            assertThat(granted).isEqualTo(5);
        }
        assertThat(limits.hasRoom(FIVE_AN_HOUR, subject)).isFalse();
        assertThat(limits.waitBeforeNext(FIVE_AN_HOUR, subject)).isPositive();
    }

    @Test
    void subjects_and_limits_count_apart_and_looking_spends_nothing() {
        String subject = UUID.randomUUID().toString();
        RateLimit other = RateLimit.of("test-other", new Allowance(1, Duration.ofHours(1)));
        for (int i = 0; i < 10; i++) {
            assertThat(limits.hasRoom(FIVE_AN_HOUR, subject)).isTrue();
        }
        assertThat(limits.waitBeforeNext(FIVE_AN_HOUR, subject)).isZero();
        assertThat(limits.tryConsume(other, subject)).isTrue();
        assertThat(limits.tryConsume(other, subject)).isFalse();
        assertThat(limits.tryConsume(FIVE_AN_HOUR, subject)).isTrue();
        assertThat(limits.tryConsume(other, UUID.randomUUID().toString())).isTrue();
    }
}
