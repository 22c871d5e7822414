package org.chungtay.ledger;

import java.util.List;

import org.chungtay.payments.GoodsReceived;
import org.chungtay.shared.Money;

/**
 * A fund unit's annual disclosure (Decree 93/2019, replaced by Decree 03/2026 from 1 March 2026): what the unit
 * and its subtree received in the year, in money by what it was given for and in kind at its value, and the
 * results of its use: paid out by programme, by purpose and by unit, the projects paid to, how many children
 * were supported (a count of pseudonymous children, never who), and what was held at the year's end. Its money
 * figures are those of the unit's public ledger for the year ({@link PublicLedgerTotals}).
 *
 * @param totals       opening, received in money, paid out and held at the year's end, as the ledger counts them
 * @param received     money received by designation (general, programme, project, sponsorship)
 * @param goods        gifts in kind with their value; not in the ledger, which counts money only
 * @param byProgramme  paid out by the programme it served (a line without a programme last)
 * @param byPurpose    paid out by purpose
 * @param byUnit       paid out by unit: the unit itself, then each unit directly below it with its own subtree
 * @param projects     the projects paid to, with what each was paid in the year
 */
public record DisclosureReport(PublicLedgerSubject unit, int year, PublicLedgerTotals totals,
        List<DisclosureLine> received, List<GoodsReceived> goods, Money goodsTotal, List<DisclosureLine> byProgramme,
        List<DisclosureLine> byPurpose, List<DisclosureLine> byUnit, List<DisclosureLine> projects,
        long childrenSupported) {
}
