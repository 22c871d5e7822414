package org.chungtay.payments.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as banks write them in statements. Day first, as every Vietnamese bank writes them: dd/MM/yyyy,
 * d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy; a four-digit year first is ISO order (yyyy-MM-dd, yyyy/MM/dd,
 * yyyyMMdd). A time may follow, with a space, a "T", a dash, a line break or nothing between
 * ("15/03/2024 10:30", "15/03/2024 10:30:45", "15/03/202410:30:45"), or come first ("10:30:45 15/03/2024");
 * it is dropped. After a line break anything may follow, as in a cell that holds the date and the
 * transaction number on two lines. Two-digit years are refused rather than guessed.
 */
final class StatementDates {

    static final String INVALID = "statements.line.invalid-date";

    /** Excel's day 0 in the 1900 date system, counting its phantom 29 February 1900 from day 61 on. */
    private static final LocalDate EXCEL_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904 = LocalDate.of(1904, 1, 1);

    private StatementDates() {
    }

    /**
     * The date in a cleaned, non-empty cell. Read by hand rather than with a regular expression: it runs
     * for every line, and this is several times faster before the JIT has warmed up.
     *
     * @throws BadCell with {@link #INVALID}
     */
    static LocalDate parse(String cell) {
        int n = cell.length();
        int at = 0;
        int leadingTime = time(cell, 0, false);
        if (leadingTime > 0 && leadingTime < n && Character.isWhitespace(cell.charAt(leadingTime))) {
            at = leadingTime;
            while (at < n && Character.isWhitespace(cell.charAt(at))) {
                at++;
            }
        }
        int firstEnd = digits(cell, at);
        int firstLength = firstEnd - at;
        String year;
        String month;
        String day;
        if (firstLength == 8) {
            year = cell.substring(at, at + 4);
            month = cell.substring(at + 4, at + 6);
            day = cell.substring(at + 6, at + 8);
            at = firstEnd;
        } else if (firstLength == 4 || firstLength == 1 || firstLength == 2) {
            if (firstEnd >= n || "/.-".indexOf(cell.charAt(firstEnd)) < 0) {
                throw new BadCell(INVALID, cell);
            }
            char separator = cell.charAt(firstEnd);
            int secondEnd = digits(cell, firstEnd + 1);
            if (secondEnd - firstEnd - 1 < 1 || secondEnd - firstEnd - 1 > 2 || secondEnd >= n
                    || cell.charAt(secondEnd) != separator) {
                throw new BadCell(INVALID, cell);
            }
            int thirdEnd = digits(cell, secondEnd + 1);
            int thirdLength = thirdEnd - secondEnd - 1;
            month = cell.substring(firstEnd + 1, secondEnd);
            if (firstLength == 4 && thirdLength >= 1) {
                thirdEnd = Math.min(thirdEnd, secondEnd + 3);
                year = cell.substring(at, firstEnd);
                day = cell.substring(secondEnd + 1, thirdEnd);
            } else if (firstLength <= 2 && thirdLength >= 4) {
                thirdEnd = secondEnd + 5;
                day = cell.substring(at, firstEnd);
                year = cell.substring(secondEnd + 1, thirdEnd);
            } else {
                throw new BadCell(INVALID, cell);
            }
            at = thirdEnd;
        } else {
            throw new BadCell(INVALID, cell);
        }
        if (!restIsTimeOrNextLine(cell, at)) {
            throw new BadCell(INVALID, cell);
        }
        return date(year, month, day, cell);
    }

    /** After the date: nothing, a time, and after a line break anything. */
    private static boolean restIsTimeOrNextLine(String cell, int from) {
        int n = cell.length();
        int at = from;
        int beforeTime = at;
        while (beforeTime < n && " \t\r\nT,-".indexOf(cell.charAt(beforeTime)) >= 0) {
            beforeTime++;
        }
        int afterTime = time(cell, beforeTime, true);
        if (afterTime > 0) {
            at = afterTime;
        }
        while (at < n && (cell.charAt(at) == ' ' || cell.charAt(at) == '\t')) {
            at++;
        }
        return at == n || cell.charAt(at) == '\n' || cell.charAt(at) == '\r';
    }

    /**
     * The end of a time at {@code from}: H:mm or HH:mm, optionally :ss; with {@code full}, also a
     * fraction of a second and AM/PM (SA/CH in Vietnamese). -1 if there is none.
     */
    private static int time(String cell, int from, boolean full) {
        int n = cell.length();
        int hours = digits(cell, from);
        if (hours - from < 1 || hours - from > 2 || hours >= n || cell.charAt(hours) != ':') {
            return -1;
        }
        int minutes = digits(cell, hours + 1);
        if (minutes - hours - 1 != 2) {
            return -1;
        }
        int end = minutes;
        if (end < n && cell.charAt(end) == ':') {
            int seconds = digits(cell, end + 1);
            if (seconds - end - 1 == 2) {
                end = seconds;
                if (full && end < n && (cell.charAt(end) == '.' || cell.charAt(end) == ',')) {
                    int fraction = digits(cell, end + 1);
                    if (fraction - end - 1 >= 1 && fraction - end - 1 <= 9) {
                        end = fraction;
                    }
                }
            }
        }
        if (full) {
            int marker = end;
            while (marker < n && Character.isWhitespace(cell.charAt(marker))) {
                marker++;
            }
            if (marker + 2 <= n) {
                String twoLetters = cell.substring(marker, marker + 2).toUpperCase(java.util.Locale.ROOT);
                if (twoLetters.equals("AM") || twoLetters.equals("PM") || twoLetters.equals("SA") || twoLetters.equals("CH")) {
                    end = marker + 2;
                }
            }
        }
        return end;
    }

    /** The end of the run of ASCII digits at {@code from}. */
    private static int digits(String cell, int from) {
        int at = from;
        while (at < cell.length() && cell.charAt(at) >= '0' && cell.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    /**
     * A number cell of a workbook: a date serial (days since Excel's epoch, the fraction being the time),
     * or eight digits yyyyMMdd, which no plausible serial has. @throws BadCell with {@link #INVALID}
     */
    static LocalDate fromNumber(BigDecimal number, boolean date1904, String cell) {
        BigDecimal days = number.setScale(0, RoundingMode.FLOOR);
        if (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(99_999_999)) > 0) {
            throw new BadCell(INVALID, cell);
        }
        long whole = days.longValue();
        if (whole >= 10_000_000) {
            String digits = Long.toString(whole);
            return date(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8), cell);
        }
        LocalDate date;
        if (date1904) {
            date = EXCEL_1904.plusDays(whole);
        } else {
            date = whole < 61 ? EXCEL_1900.plusDays(whole + 1) : EXCEL_1900.plusDays(whole);
        }
        return checked(date, cell);
    }

    private static LocalDate date(String year, String month, String day, String cell) {
        try {
            return checked(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), cell);
        } catch (DateTimeException impossible) {
            throw new BadCell(INVALID, cell);
        }
    }

    /** Years outside these are a misread column, not a transaction. */
    private static LocalDate checked(LocalDate date, String cell) {
        if (date.getYear() < 1900 || date.getYear() > 2999) {
            throw new BadCell(INVALID, cell);
        }
        return date;
    }
}
