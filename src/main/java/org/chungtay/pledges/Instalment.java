package org.chungtay.pledges;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.chungtay.shared.Money;

/** One payment a pledge expects: its number, the day it is due (Vietnam time) and the amount. */
@Embeddable
public record Instalment(@Column(name = "seq", nullable = false) int number,
        @Column(name = "due_date", nullable = false) LocalDate dueDate,
        @Column(name = "amount", nullable = false) Money amount) {
}
