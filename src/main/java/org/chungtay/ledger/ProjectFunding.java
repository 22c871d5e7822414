package org.chungtay.ledger;

import org.chungtay.shared.Money;

/**
 * A project's money as anyone may see it: the gifts designated to it that were not reversed, and what was
 * paid out to its budget lines, from those gifts or from any other pool.
 */
public record ProjectFunding(Money received, Money paidOut) {

    public static final ProjectFunding NONE = new ProjectFunding(Money.ZERO, Money.ZERO);
}
