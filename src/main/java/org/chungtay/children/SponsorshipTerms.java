package org.chungtay.children;

import java.time.YearMonth;

import org.chungtay.shared.Money;

/** What a caseworker agrees when matching a child: so much a month, from one month to another (inclusive). */
public record SponsorshipTerms(Money amountPerMonth, YearMonth start, YearMonth end) {
}
