package org.chungtay.payments.statements;

/**
 * The columns a {@link StatementLayout} can name. Each has a translated label, for the screen where
 * a fund maps the header of an unknown export to these columns, and a key, used in the layout's stored
 * form.
 */
public enum StatementColumn {

    /** The booking or transaction date; required. */
    DATE("date"),
    /** One signed amount: positive money in, negative money out. Required unless credit is given. */
    AMOUNT("amount"),
    /** Money in; required unless amount is given. */
    CREDIT("credit"),
    /** Money out; only counted. */
    DEBIT("debit"),
    /** The transfer description the payer wrote; required. */
    NOTE("note"),
    COUNTERPARTY_NAME("counterparty-name"),
    COUNTERPARTY_ACCOUNT("counterparty-account"),
    /** The bank's own transaction reference. */
    BANK_REFERENCE("bank-reference"),
    /** The running balance after the transaction. */
    BALANCE("balance");

    private final String key;

    StatementColumn(String key) {
        this.key = key;
    }

    /** The key of this column in {@link StatementLayout#toProperties()}. */
    public String key() {
        return key;
    }

    /** The translation key of the column's name, such as {@code statements.column.date}. */
    public String labelKey() {
        return "statements.column." + key;
    }
}
