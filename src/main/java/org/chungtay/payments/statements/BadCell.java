package org.chungtay.payments.statements;

/**
 * A cell that cannot be read as what its column holds; becomes a {@link LineProblem}. Thrown and caught
 * within one line, so it carries no stack trace.
 */
final class BadCell extends RuntimeException {

    private final String messageKey;
    private final String value;

    BadCell(String messageKey, String value) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.value = value;
    }

    String messageKey() {
        return messageKey;
    }

    String value() {
        return value;
    }
}
