package org.chungtay.communications;

/**
 * Why a message is sent. Transactional messages (confirmations, receipts, thank-you notes) need no
 * opt-in; progress updates and appeals are advertising under Decree 91/2020 and need prior consent.
 */
public enum MessageCategory {
    TRANSACTIONAL, PROGRESS_UPDATES, APPEALS
}
