package org.chungtay.pledges;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many online pledges one client address may submit: a few in a burst, a few dozen a day. Kept
 * per node, which with sticky sessions is per visitor in practice; a bot that spreads over nodes
 * still meets the honeypot and the server-side checks.
 */
@Component
class SubmissionLimits {

    private static final int REMEMBERED_ADDRESSES = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perHour;
    private final int perDay;

    SubmissionLimits(@Value("${chungtay.pledges.limit-per-hour}") int perHour,
            @Value("${chungtay.pledges.limit-per-day}") int perDay) {
        this.perHour = perHour;
        this.perDay = perDay;
    }

    /** Takes one submission from the address's allowance; false when it is used up. */
    boolean tryAcquire(String clientAddress) {
        if (buckets.size() > REMEMBERED_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(clientAddress == null ? "unknown" : clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .addLimit(Bandwidth.builder().capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)).build())
                .build()).tryConsume(1);
    }
}
