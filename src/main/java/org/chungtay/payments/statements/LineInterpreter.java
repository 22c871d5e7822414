package org.chungtay.payments.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.shared.Money;

/**
 * Turns the rows after the header into credits, debits, problems and the rest (see {@link StatementFile}).
 *
 * <ul>
 * <li>A row without a readable date is not a transaction if it has no digits where the money is (a
 * second header row in English, a footer, text continued from the row above), is a summary or balance
 * row ({@link Texts#isSummary}), or repeats the header. Otherwise it is a problem: a transaction whose
 * date is missing or unreadable.</li>
 * <li>A dated row with no money is a summary row if it says so, else a problem.</li>
 * <li>Money: with credit and debit columns, a credit is a positive amount in the credit column with the
 * debit empty or zero (debits may be written with or without a minus); a negative credit, or both
 * filled, is a problem. With one signed column, positive is a credit and negative a debit.</li>
 * <li>In a CSV file, a row that ends before a required column is a problem: usually a note with an
 * unquoted line break, which cuts one transaction in two. A worksheet simply leaves empty cells out.</li>
 * </ul>
 */
final class LineInterpreter {

    private final HeaderMatcher matcher;
    private final HeaderMatcher.Columns columns;
    private final boolean cutOffRowsAreProblems;
    private final boolean date1904;

    private final List<StatementLine> credits = new ArrayList<>();
    private final List<LineProblem> problems = new ArrayList<>();
    private int debitLines;
    private int blankLines;
    private int nonTransactionLines;

    LineInterpreter(HeaderMatcher matcher, HeaderMatcher.Columns columns, boolean cutOffRowsAreProblems, boolean date1904) {
        this.matcher = matcher;
        this.columns = columns;
        this.cutOffRowsAreProblems = cutOffRowsAreProblems;
        this.date1904 = date1904;
    }

    void accept(SourceRow row) {
        if (row.isBlank()) {
            blankLines++;
            return;
        }
        int dateColumn = columns.of(StatementColumn.DATE);
        String dateCell = row.text(dateColumn);
        LocalDate date = null;
        if (!dateCell.isEmpty()) {
            try {
                BigDecimal serial = row.number(dateColumn);
                date = serial != null ? StatementDates.fromNumber(serial, date1904, dateCell) : StatementDates.parse(dateCell);
            } catch (BadCell unreadable) {
                // told apart below: a transaction with a bad date, or no transaction at all
            }
        }
        if (date == null) {
            undated(row, dateCell);
            return;
        }
        StatementColumn cutOff = cutOffRowsAreProblems ? columns.cutOff(row.size()) : null;
        if (noMoney(row)) {
            if (isSummary(row)) {
                nonTransactionLines++;
            } else if (cutOff != null) {
                problem(row, "statements.line.missing-cells", columns.header(cutOff));
            } else {
                problem(row, "statements.line.missing-amount");
            }
            return;
        }
        if (cutOff != null) {
            problem(row, "statements.line.missing-cells", columns.header(cutOff));
            return;
        }
        try {
            money(row, date);
        } catch (BadCell unreadable) {
            problem(row, unreadable.messageKey(), unreadable.value());
        }
    }

    private void undated(SourceRow row, String dateCell) {
        if (!moneyHasDigits(row) || isSummary(row) || matcher.match(row).complete()) {
            nonTransactionLines++;
        } else if (dateCell.isEmpty()) {
            problem(row, "statements.line.missing-date");
        } else {
            problem(row, StatementDates.INVALID, dateCell);
        }
    }

    private void money(SourceRow row, LocalDate date) {
        if (columns.creditAndDebit()) {
            int creditColumn = columns.of(StatementColumn.CREDIT);
            int debitColumn = columns.of(StatementColumn.DEBIT);
            long credit = amount(row, creditColumn);
            long debit = Math.abs(amount(row, debitColumn));
            if (credit != 0 && debit != 0) {
                problem(row, "statements.line.credit-and-debit", row.text(creditColumn), row.text(debitColumn));
            } else if (credit < 0) {
                problem(row, "statements.line.negative-credit", row.text(creditColumn));
            } else if (credit > 0) {
                credit(row, date, credit);
            } else if (debit > 0) {
                debitLines++;
            } else {
                problem(row, "statements.line.missing-amount");
            }
        } else {
            long amount = amount(row, columns.of(StatementColumn.AMOUNT));
            if (amount > 0) {
                credit(row, date, amount);
            } else if (amount < 0) {
                debitLines++;
            } else {
                problem(row, "statements.line.missing-amount");
            }
        }
    }

    private void credit(SourceRow row, LocalDate date, long amount) {
        Money balance = null;
        int balanceColumn = columns.of(StatementColumn.BALANCE);
        if (!Amounts.isEmpty(row.text(balanceColumn))) {
            try {
                balance = Money.vnd(amount(row, balanceColumn));
            } catch (BadCell unreadable) {
                problem(row, "statements.line.invalid-balance", row.text(balanceColumn));
                return;
            }
        }
        credits.add(new StatementLine(row.lineNumber(), date, Money.vnd(amount), row.text(columns.of(StatementColumn.NOTE)),
                text(row, StatementColumn.COUNTERPARTY_NAME), text(row, StatementColumn.COUNTERPARTY_ACCOUNT),
                text(row, StatementColumn.BANK_REFERENCE), balance));
    }

    /** The signed amount in a cell; 0 for an empty cell or a column the layout lacks. */
    private static long amount(SourceRow row, int column) {
        String cell = row.text(column);
        if (Amounts.isEmpty(cell)) {
            return 0;
        }
        BigDecimal number = row.number(column);
        return number != null ? Amounts.fromNumber(number, cell) : Amounts.parse(cell);
    }

    private String text(SourceRow row, StatementColumn column) {
        String cell = row.text(columns.of(column));
        return cell.isEmpty() ? null : cell;
    }

    private boolean noMoney(SourceRow row) {
        for (int column : columns.amountColumns()) {
            if (!Amounts.isEmpty(row.text(column))) {
                return false;
            }
        }
        return true;
    }

    private boolean moneyHasDigits(SourceRow row) {
        for (int column : columns.amountColumns()) {
            if (Texts.hasDigit(row.text(column))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSummary(SourceRow row) {
        for (int i = 0; i < row.size(); i++) {
            if (row.number(i) == null && Texts.isSummary(row.text(i))) {
                return true;
            }
        }
        return false;
    }

    private void problem(SourceRow row, String key, Object... args) {
        problems.add(LineProblem.of(row.lineNumber(), key, args));
    }

    StatementFile result(String encoding, StatementFormat format) {
        return new StatementFile(credits, problems, debitLines, blankLines, nonTransactionLines, encoding,
                matcher.layout(), format, columns.lineNumber());
    }
}
