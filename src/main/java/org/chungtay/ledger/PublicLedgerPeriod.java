package org.chungtay.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.shared.VietnamTime;

/** The days a public ledger covers: one calendar year, or every day ({@code year} null). */
public record PublicLedgerPeriod(Integer year) {

    /** Earlier than any gift the portal may hold (payments go back at most a few years). */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    public static final PublicLedgerPeriod ALL = new PublicLedgerPeriod(null);
    /** The first year a ledger or a disclosure may be asked for; before it the portal held nothing. */
    public static final int FIRST_YEAR = 2020;

    /** The year whose disclosure is due now: the last one that has ended. */
    public static int lastYear() {
        return VietnamTime.today().getYear() - 1;
    }

    /** The years a ledger or a disclosure may be asked for, newest first: up to the current one (so far). */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = VietnamTime.today().getYear(); year >= FIRST_YEAR; year--) {
            years.add(year);
        }
        return years;
    }

    public static PublicLedgerPeriod of(int year) {
        return new PublicLedgerPeriod(year);
    }

    public LocalDate from() {
        return year == null ? BEGINNING : LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return year == null ? END : LocalDate.of(year, 12, 31);
    }

    public boolean isAll() {
        return year == null;
    }

    /** The last day before this period, through which the opening balance runs. */
    LocalDate dayBefore() {
        return from().minusDays(1);
    }
}
