package org.chungtay.children;

import java.time.LocalDate;
import java.time.YearMonth;

import org.chungtay.shared.Money;

/**
 * A month's delivery to the family as the sponsor sees it: never the scanned receipt nor its file name, which
 * carry the guardian's name and signature.
 */
public record SponsorDelivery(YearMonth period, LocalDate deliveredOn, Money amount, DeliveryMethod method) {
}
