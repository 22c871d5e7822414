package org.chungtay.ledger;

import org.chungtay.shared.Money;

/**
 * The figures of a public ledger that reconcile: what was held when the period began, what came in, what went
 * out, and so what is held (not yet used) at its end: {@code held = opening + in − out}. Over every day the
 * opening is zero, so {@code held = in − out}.
 */
public record PublicLedgerTotals(Money opening, Money in, Money out, Money held) {

    public PublicLedgerTotals {
        if (!opening.plus(in).minus(out).equals(held)) {
            throw new IllegalArgumentException("A ledger that does not reconcile: " + opening + " + " + in + " - "
                    + out + " != " + held);
        }
    }

    static PublicLedgerTotals of(Money opening, Money in, Money out) {
        return new PublicLedgerTotals(opening, in, out, opening.plus(in).minus(out));
    }
}
