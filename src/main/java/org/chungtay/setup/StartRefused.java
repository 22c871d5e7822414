package org.chungtay.setup;

/**
 * A configuration the portal will not start with, told to the operator as one sentence and what to do
 * about it (see {@link StartRefusedAnalyzer}), never as a stack trace.
 */
class StartRefused extends RuntimeException {

    private final String action;

    StartRefused(String reason, String action) {
        super(reason);
        this.action = action;
    }

    String action() {
        return action;
    }
}
