package org.chungtay.children;

import java.time.LocalDate;

import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;

/** What commune staff record of one month's delivery: when, how much, how, and the guardian's signed receipt. */
public record DeliveryEntry(LocalDate deliveredOn, Money amount, DeliveryMethod method, ScannedDocument receipt) {
}
