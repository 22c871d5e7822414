package org.chungtay.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * A disbursement as staff lists show it. The descriptions are as written when it was made (a child only ever
 * as a pseudonym).
 *
 * @param publicPath the public page of what it paid for (a project's), relative to the portal's root, or null
 */
public record DisbursementSummary(long id, long fundUnitId, String fundUnitName, Purpose purpose, long poolId,
        Pool.Kind poolKind, String descriptionVi, String descriptionEn, String publicPath, Money amount,
        Money allocated, LocalDate paidOn, DisbursementStatus status, String requestedBy, Instant requestedAt,
        String decidedBy, Instant decidedAt, String decisionNote, int documents) {

    public String description(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? descriptionVi : descriptionEn;
    }
}
