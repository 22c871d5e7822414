package org.chungtay.children;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * A child matched to a direct-sponsorship pledge: the business gives the family so much a month, from the start
 * month to the end month, outside the fund; commune staff record each month's delivery ({@link SponsoredMonth}).
 * Made by a caseworker with the months of its term, each due by the 10th of the month after (DD026); a month not
 * recorded by then is late, is flagged in the views and, once, to the commune's staff by email.
 *
 * @param lateMonths how many months are late today
 */
public record Sponsorship(long id, Pseudonym child, long pledgeId, String pledgeReference, String sponsorName,
        Money amountPerMonth, LocalDate startMonth, LocalDate endMonth, int lateMonths) {
}
