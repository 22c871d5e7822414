package org.chungtay.children;

import java.time.LocalDate;
import java.time.YearMonth;

import org.chungtay.shared.Money;

/**
 * A month of a sponsorship and its delivery, if recorded.
 *
 * @param late whether it was not recorded by its due date, as of the day it was read
 */
public record SponsoredMonth(long id, long sponsorshipId, YearMonth period, LocalDate dueOn, LocalDate deliveredOn,
        Money amount, DeliveryMethod method, String receiptName, boolean late) {

    public boolean delivered() {
        return deliveredOn != null;
    }
}
