package org.chungtay.shared;

import java.time.Duration;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * A named allowance, such as "online pledges per client address": at most {@code n} per period, for
 * each period given. The name keeps the counters of different limits apart in the shared store.
 */
public record RateLimit(String name, List<Allowance> allowances) {

    public RateLimit {
        if (name == null || !name.matches("[a-z0-9-]{1,40}") || allowances.isEmpty()) {
            throw new IllegalArgumentException("A rate limit needs a short name and at least one allowance");
        }
        allowances = List.copyOf(allowances);
    }

    public static RateLimit of(String name, Allowance... allowances) {
        return new RateLimit(name, List.of(allowances));
    }

    /** At most {@code count} in any {@code period}, refilled gradually. */
    public record Allowance(long count, Duration period) {

        public Allowance {
            if (count < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("An allowance needs a positive count and period");
            }
        }
    }

    BucketConfiguration bucketConfiguration() {
        var builder = BucketConfiguration.builder();
        for (Allowance allowance : allowances) {
            builder.addLimit(Bandwidth.builder().capacity(allowance.count())
                    .refillGreedy(allowance.count(), allowance.period()).build());
        }
        return builder.build();
    }
}
