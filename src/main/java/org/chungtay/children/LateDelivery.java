package org.chungtay.children;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month whose delivery was not recorded by its due date, as its unit's staff see it. */
public record LateDelivery(long monthId, long sponsorshipId, Pseudonym child, String sponsorName, YearMonth period,
        LocalDate dueOn, long daysLate) {
}
