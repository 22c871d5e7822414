package org.chungtay.shared;

/**
 * A configuration the portal will not start with, told to the operator as one sentence and what to do
 * about it (see {@link StartRefusedAnalyzer}), never as a stack trace.
 */
public class StartRefused extends RuntimeException {

    private final String action;

    public StartRefused(String reason, String action) {
        super(reason);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
