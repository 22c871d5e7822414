package org.chungtay.pledges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * Splits a pledge's total into instalments. Đồng do not divide: the remainder of the division goes,
 * one đồng each, to the first instalments, so the instalments always add up to the total exactly.
 */
public record InstalmentPlan(InstalmentFrequency frequency, LocalDate firstDueDate, int count) {

    public static final int MAX_INSTALMENTS = 120;

    public InstalmentPlan {
        if (frequency == null || firstDueDate == null) {
            throw new UserFacingException("pledges.error.schedule-required");
        }
        if (frequency == InstalmentFrequency.ONE_OFF) {
            count = 1;
        }
        if (count < 1 || count > MAX_INSTALMENTS) {
            throw new UserFacingException("pledges.error.instalment-count", MAX_INSTALMENTS);
        }
    }

    public static InstalmentPlan oneOff(LocalDate dueDate) {
        return new InstalmentPlan(InstalmentFrequency.ONE_OFF, dueDate, 1);
    }

    public List<Instalment> split(Money total) {
        if (total.amount() < count) {
            throw new UserFacingException("pledges.error.instalment-too-small");
        }
        long base = total.amount() / count;
        long remainder = total.amount() % count;
        List<Instalment> instalments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate due = firstDueDate.plusMonths((long) i * frequency.monthsBetween());
            instalments.add(new Instalment(i + 1, due, Money.vnd(base + (i < remainder ? 1 : 0))));
        }
        return instalments;
    }
}
