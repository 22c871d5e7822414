package org.chungtay.ledger;

import java.time.LocalDate;
import java.util.Optional;

import org.chungtay.shared.Money;

/**
 * A line of money in: a gift as the public may see it. {@code publicName} is the donor's name only if they
 * agreed to be named, else empty ("Nhà hảo tâm", "Well-wisher"). A reversed gift is never one.
 */
public record PublicLedgerGift(LocalDate receivedOn, Optional<String> publicName, Money amount, long order) {
}
