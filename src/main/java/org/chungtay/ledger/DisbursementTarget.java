package org.chungtay.ledger;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * Something money may be paid out to, as the module that owns it describes it to the ledger. The labels are
 * what the ledger writes on the disbursement and may show to anyone: a project's title and budget line, or a
 * child's pseudonym (code, initial, birth year, commune), never a child's name.
 *
 * @param id the budget line's id (PROJECT), the sponsorship's id (SPONSORED_CHILD) or the child's id
 *        (SUPPORT_CASE)
 * @param projectId the project, for PROJECT
 * @param childId the child, for SPONSORED_CHILD and SUPPORT_CASE
 * @param sponsorshipPledgeId the direct-sponsorship pledge whose payments may pay for it, for SPONSORED_CHILD
 * @param budget at most this much may be paid to it in all (a budget line's amount), or null for no cap
 * @param publicPath the target's public page relative to the portal's root (a project's), or null
 */
public record DisbursementTarget(Purpose purpose, long id, long fundUnitId, String fundUnitPath, Programme programme,
        Long projectId, Long childId, Long sponsorshipPledgeId, String labelVi, String labelEn, Money budget,
        String publicPath) {
}
