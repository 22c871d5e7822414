package org.chungtay.communications;

import java.time.Instant;

/**
 * A message that did not go, as staff see it: still retried, refused for good by the server, or given up
 * after the retry window. {@code nextAttemptAt} only while it is retried; {@code lastError} is the SMTP
 * server's reply or what went wrong on the way.
 */
public record FailingMail(long id, String recipient, String subject, State state, int attempts, Instant lastAttemptAt,
        Instant nextAttemptAt, String lastError, Instant queuedAt) {

    public enum State {
        RETRYING, REFUSED, GAVE_UP
    }
}
