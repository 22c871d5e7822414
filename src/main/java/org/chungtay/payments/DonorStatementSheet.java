package org.chungtay.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;

/**
 * The facts printed on a donor's combined statement (bảng kê): every gift one donor made to one fund
 * in a period, with the total in figures and in words, as the donor's accountant asks for at the end
 * of the year. {@link ReceiptPdf} lays it out.
 *
 * @param rows  the gifts, in the order they are printed; empty prints "no gifts in this period"
 * @param place the place before the date at the signature; may be null, and then the line is the date alone
 */
record DonorStatementSheet(String fundName, String fundAddress, String fundTaxCode, String donorName,
        String donorAddress, LocalDate from, LocalDate to, LocalDate issuedOn, List<Row> rows, String signatoryName,
        String signatoryTitle, Locale language, ReceiptPaper paper, String place) {

    DonorStatementSheet {
        Objects.requireNonNull(fundName, "fundName");
        Objects.requireNonNull(donorName, "donorName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(issuedOn, "issuedOn");
        rows = List.copyOf(rows);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
    }

    /** A statement whose signature line carries the date alone, without a place. */
    DonorStatementSheet(String fundName, String fundAddress, String fundTaxCode, String donorName,
            String donorAddress, LocalDate from, LocalDate to, LocalDate issuedOn, List<Row> rows,
            String signatoryName, String signatoryTitle, Locale language, ReceiptPaper paper) {
        this(fundName, fundAddress, fundTaxCode, donorName, donorAddress, from, to, issuedOn, rows, signatoryName,
                signatoryTitle, language, paper, null);
    }

    /** The sum of the rows. @throws ArithmeticException if it does not fit in a {@code long} */
    Money total() {
        return rows.stream().map(Row::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * One gift on the statement.
     *
     * @param receiptNumber the receipt issued for it; may be null when none was
     * @param amount        the money, or for goods their valuation
     */
    record Row(LocalDate receivedOn, String receiptNumber, String purpose, PaymentMethod method, Money amount) {

        Row {
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
