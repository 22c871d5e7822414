package org.chungtay.donors;

import java.util.Set;

/**
 * What the holder of an opt-in confirmation link may learn: whether it waits, was confirmed now, was
 * used before, or is unknown (or expired), and for which categories. It names no donor, so a guessed
 * or forwarded link reveals nothing about who pledged.
 */
public record OptInLink(State state, Set<ConsentCategory> categories) {

    /** How long a link works after it was sent. */
    public static final int VALID_FOR_DAYS = PendingOptIn.VALID_FOR_DAYS;

    public enum State {
        PENDING, CONFIRMED, USED, UNKNOWN
    }

    static OptInLink unknown() {
        return new OptInLink(State.UNKNOWN, Set.of());
    }

    public OptInLink {
        categories = Set.copyOf(categories);
    }
}
