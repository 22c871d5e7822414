package org.chungtay.pledges;

import java.util.List;
import java.util.Optional;

import org.chungtay.shared.Money;

/**
 * What a donor should transfer now for a pledge, from its instalments as payments cover them: everything left of
 * the overdue instalments when some are late (so one transfer brings the pledge up to date), else what is left of
 * the next instalment. Empty when every instalment is paid. The donor portal puts this amount in the VietQR code.
 */
public final class AmountDue {

    private AmountDue() {
    }

    public static Optional<Money> of(List<InstalmentState> instalments) {
        long overdue = instalments.stream().filter(i -> i.state() == InstalmentState.State.OVERDUE)
                .mapToLong(AmountDue::left).sum();
        if (overdue > 0) {
            return Optional.of(Money.vnd(overdue));
        }
        return instalments.stream().filter(i -> i.state() != InstalmentState.State.PAID).findFirst()
                .map(i -> Money.vnd(left(i)));
    }

    private static long left(InstalmentState instalment) {
        return instalment.instalment().amount().amount() - instalment.paid().amount();
    }
}
