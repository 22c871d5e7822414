package org.chungtay.payments;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * A gift in kind as the public may see it in the fund's annual disclosure: when it came, what it was as the
 * accountant listed it, and the value it was received at. Never the donor: a disclosure names no one.
 */
public record GoodsReceived(LocalDate receivedOn, String description, Money value) {
}
