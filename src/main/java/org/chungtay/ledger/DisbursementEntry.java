package org.chungtay.ledger;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;

/**
 * A disbursement as an accountant enters it: what for ({@code purpose} and, except for the general fund, the
 * target's id as its module gave it), from which pool, how much, the day it was paid (not in the future), what
 * it was (required for the general fund, optional words added to the target's label otherwise) and the
 * documents behind it. Checked again by {@link DisbursementService}, whatever the form let through.
 */
public record DisbursementEntry(Purpose purpose, Long targetId, long poolId, Money amount, LocalDate paidOn,
        String description, List<ScannedDocument> documents) {

    public static final int DESCRIPTION_LIMIT = 300;
    public static final int DOCUMENTS_LIMIT = 10;
    /** How far back a disbursement may be dated: older money belongs to closed books. */
    public static final int YEARS_BACK = 5;

    public DisbursementEntry {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
