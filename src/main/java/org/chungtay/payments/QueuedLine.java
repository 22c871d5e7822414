package org.chungtay.payments;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.shared.Money;

/**
 * A statement line that nothing matched, waiting for a person: what the bank said, why the matcher
 * left it (a translation key and its arguments), and the references of the pledges it found likely.
 */
public record QueuedLine(long id, long fundUnitId, LocalDate bookedOn, Money amount, String note, String counterpartyName,
        String counterpartyAccount, String bankReference, String reasonKey, List<String> reasonArguments,
        List<String> candidateReferences) {
}
