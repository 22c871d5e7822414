package org.chungtay.communications;

/**
 * What kind of message an email is, as the outbox records it: the same names as the donors'
 * consent categories (so the delivery log and the consent register read alike), kept here so that
 * the outbox does not depend on the donor register. Whoever enqueues a non-transactional message
 * has checked the recipient's consent for it.
 */
public enum MessageCategory {
    TRANSACTIONAL, PROGRESS_UPDATES, APPEALS
}
