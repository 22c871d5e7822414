package org.chungtay.payments.statements;

import java.util.List;

import org.chungtay.shared.Money;

/**
 * A bank statement as read from a file: the credits, ready to be matched and imported, and every line
 * that was not a credit, accounted for.
 *
 * <p>Each line after the header row is exactly one of: a credit; a problem (shown to the user with its
 * line number; the rest of the file is still read); a debit, which is counted and otherwise ignored,
 * since statements are read here for the money that came in; a blank line; or a line that is not a
 * transaction: a summary or balance row ("Tổng cộng", "Total", "Số dư cuối kỳ"), the header repeated,
 * or a row of text without a date or amount (a second header row in English, a footer).
 *
 * @param encoding the text encoding that was detected (UTF-8, UTF-16LE, UTF-16BE, windows-1258, TCVN3);
 *        null for XLSX, whose parts declare their own
 * @param headerLineNumber the 1-based line or row of the header
 */
public record StatementFile(List<StatementLine> credits, List<LineProblem> problems, int debitLines, int blankLines,
        int nonTransactionLines, String encoding, StatementLayout layout, StatementFormat format, int headerLineNumber) {

    public StatementFile {
        credits = List.copyOf(credits);
        problems = List.copyOf(problems);
    }

    /** The sum of all credits. @throws ArithmeticException beyond the range of {@code long} */
    public Money totalCredits() {
        Money total = Money.ZERO;
        for (StatementLine credit : credits) {
            total = total.plus(credit.amount());
        }
        return total;
    }
}
