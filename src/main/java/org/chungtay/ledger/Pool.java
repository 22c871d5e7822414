package org.chungtay.ledger;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * What money was given for, and so what it may pay (DD025): a unit's undesignated gifts (GENERAL), its gifts
 * designated to a programme (PROGRAMME), the gifts designated to one project (PROJECT), or the payments of one
 * direct-sponsorship pledge (SPONSORSHIP).
 *
 * @param received  its gifts that were not reversed
 * @param committed its disbursements waiting for approval or paid
 */
public record Pool(long id, Kind kind, long fundUnitId, String fundUnitPath, String fundUnitName,
        Programme programme, Long projectId, Long pledgeId, Money received, Money committed) {

    public enum Kind {
        GENERAL, PROGRAMME, PROJECT, SPONSORSHIP;

        public String labelKey() {
            return "ledger.pool." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What is left to commit; below zero when a reversal took back money already committed. */
    public Money available() {
        return received.minus(committed);
    }
}
