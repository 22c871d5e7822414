package org.chungtay.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Receipts as lists show them, and a donor's payments as a statement lists them. */
@Component
class ReceiptList {

    private static final String SELECT = "SELECT rc.id, rc.payment_id, rc.number, rc.issued_on, rc.issued_by, v.reason"
            + " FROM receipt rc LEFT JOIN receipt_void v ON v.receipt_id = rc.id";

    private final JdbcClient jdbc;

    ReceiptList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReceiptSummary one(long id) {
        return jdbc.sql(SELECT + " WHERE rc.id = :id").param("id", id).query(ReceiptList::summary).single();
    }

    List<ReceiptSummary> ofPayment(String subtreePath, long paymentId) {
        return jdbc.sql(SELECT + " WHERE rc.payment_id = :payment AND rc.fund_unit_path LIKE :subtree ORDER BY rc.id")
                .param("payment", paymentId).param("subtree", subtreePath + "%")
                .query(ReceiptList::summary).list();
    }

    /** The id of the payment's receipt that is not void, if it has one. */
    Optional<Long> standing(long paymentId) {
        return jdbc.sql("SELECT rc.id FROM receipt rc WHERE rc.payment_id = :payment"
                        + " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = rc.id)")
                .param("payment", paymentId).query(Long.class).optional();
    }

    /**
     * A donor's payments received in the period within the subtree, reversed ones left out, oldest first,
     * each with its standing receipt's number and purpose if it has one.
     */
    List<StatementPayment> statement(String subtreePath, long donorId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT p.id, p.fund_unit_id, p.received_on, p.method, p.amount, rc.number, rc.purpose FROM payment p"
                        + " LEFT JOIN receipt rc ON rc.payment_id = p.id"
                        + " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = rc.id)"
                        + " WHERE p.donor_id = :donor AND p.fund_unit_path LIKE :subtree"
                        + " AND p.received_on BETWEEN :from AND :to"
                        + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)"
                        + " ORDER BY p.received_on, p.id")
                .param("donor", donorId).param("subtree", subtreePath + "%").param("from", from).param("to", to)
                .query((row, number) -> new StatementPayment(row.getLong("id"), row.getLong("fund_unit_id"),
                        row.getDate("received_on").toLocalDate(),
                        PaymentMethod.valueOf(row.getString("method")), Money.vnd(row.getLong("amount")),
                        row.getString("number"), row.getString("purpose")))
                .list();
    }

    record StatementPayment(long paymentId, long fundUnitId, LocalDate receivedOn, PaymentMethod method, Money amount,
            String receiptNumber, String purpose) {
    }

    private static ReceiptSummary summary(ResultSet row, int number) throws SQLException {
        return new ReceiptSummary(row.getLong("id"), row.getLong("payment_id"), row.getString("number"),
                row.getDate("issued_on").toLocalDate(), row.getString("issued_by"), row.getString("reason"));
    }
}
