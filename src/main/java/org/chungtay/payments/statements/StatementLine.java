package org.chungtay.payments.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

import org.chungtay.shared.Money;

/**
 * One credit of a bank statement: money that came in. Text is kept as the bank wrote it, only
 * normalised to Unicode NFC and trimmed; a note that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} is plain text, never a formula.
 *
 * @param lineNumber the 1-based line (CSV) or row (XLSX) where the transaction starts, as an editor or a
 *        spreadsheet shows it
 * @param amount always positive
 * @param note the transfer description, empty if the bank left it empty
 * @param counterpartyName null if the layout has no such column or the cell is empty
 * @param counterpartyAccount null if the layout has no such column or the cell is empty
 * @param bankReference null if the layout has no such column or the cell is empty
 * @param balance the balance after the transaction; null if the layout has no such column or the cell
 *        is empty
 */
public record StatementLine(int lineNumber, LocalDate bookedOn, Money amount, String note, String counterpartyName,
        String counterpartyAccount, String bankReference, Money balance) {

    public StatementLine {
        Objects.requireNonNull(bookedOn, "bookedOn");
        Objects.requireNonNull(note, "note");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A credit is positive: " + amount);
        }
    }

    /**
     * What makes this line the same transaction when the file is imported again: hex SHA-256 of
     * date|amount|note|balance|bank reference, the note in NFC with its whitespace collapsed. The import
     * uses it to refuse a line twice when the bank gives no reference; the balance, which changes after
     * every transaction, keeps two equal gifts on one day apart where the export has it.
     */
    public String fingerprint() {
        String key = bookedOn + "|" + amount.amount() + "|" + Texts.collapseWhitespace(note) + "|"
                + (balance == null ? "" : Long.toString(balance.amount())) + "|"
                + (bankReference == null ? "" : bankReference);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
