package org.chungtay.payments;

import java.util.List;

import org.chungtay.shared.Money;

/**
 * A pledge still waiting for money, as a bank statement is matched against it: who made it, and the
 * amounts that would settle its instalments exactly, in the order they fall due (with 100, 100 and 100
 * due and 150 paid: 50, 150, 250). The last of them is all that is open.
 */
public record OpenPledge(long pledgeId, String reference, long campaignId, long fundUnitId, String fundUnitPath,
        Long donorId, String donorName, String taxCode, List<Money> settlingAmounts) {

    public OpenPledge {
        settlingAmounts = List.copyOf(settlingAmounts);
    }

    public Money open() {
        return settlingAmounts.isEmpty() ? Money.ZERO : settlingAmounts.getLast();
    }
}
