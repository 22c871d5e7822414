package org.chungtay.payments;

/** What an import did: payments recorded, lines sent to the queue, lines already imported, debit lines ignored. */
public record ImportResult(long importId, int matched, int queued, int duplicates, int debitLines) {
}
