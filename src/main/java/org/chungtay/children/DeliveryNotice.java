package org.chungtay.children;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * What an email about a month of a sponsorship may say, for the communications module: the child only as a
 * pseudonym, the sponsor as the pledge names them, and the commune the child lives in.
 */
public record DeliveryNotice(long monthId, long sponsorshipId, Pseudonym child, long communeId, long pledgeId,
        long campaignId, long pledgeFundUnitId, Long donorId, String sponsorName, String contactName,
        String contactEmail, Locale language, YearMonth period, LocalDate dueOn, LocalDate deliveredOn, Money amount,
        DeliveryMethod method) {
}
