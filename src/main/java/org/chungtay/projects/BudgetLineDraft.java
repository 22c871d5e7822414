package org.chungtay.projects;

import org.chungtay.shared.Money;

/**
 * A budget line as a form gives it: {@code id} names an existing line (kept, so that disbursements to it
 * keep pointing at it), null a new one.
 */
public record BudgetLineDraft(Long id, String labelVi, String labelEn, Money amount) {
}
