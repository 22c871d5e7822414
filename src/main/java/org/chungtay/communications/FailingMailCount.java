package org.chungtay.communications;

/**
 * Mail that did not go: messages still retried after a temporary failure, and messages that failed in the
 * last {@value MailDeliveryService#RECENT_DAYS} days.
 */
public record FailingMailCount(long retrying, long failed) {

    public long total() {
        return retrying + failed;
    }
}
