package org.chungtay.ledger;

import java.time.LocalDate;

/** The days a public ledger covers: one calendar year, or every day ({@code year} null). */
public record PublicLedgerPeriod(Integer year) {

    /** Earlier than any gift the portal may hold (payments go back at most a few years). */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    public static final PublicLedgerPeriod ALL = new PublicLedgerPeriod(null);

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
