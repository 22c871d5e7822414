package org.chungtay.communications;

import org.springframework.context.ApplicationContext;

/**
 * Sends what the outbox holds now, as the dispatch job would at its next run (every 10 s): tests outside this
 * package that read a message from the SMTP server call it instead of waiting for the job.
 */
public final class OutboxDrain {

    private OutboxDrain() {
    }

    public static void now(ApplicationContext context) {
        context.getBean(OutboxDispatcher.class).drain();
    }
}
