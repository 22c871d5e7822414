package org.chungtay.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.shared.Money;
import org.chungtay.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payments of a subtree, paged and searched in the database, and the money each campaign received. */
@Component
class PaymentList {

    /** A payment, its reversal if any, and its standing receipt if any. */
    private static final String JOINS = " FROM payment p LEFT JOIN payment_reversal r ON r.payment_id = p.id"
            + " LEFT JOIN receipt rc ON rc.payment_id = p.id"
            + " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = rc.id)";

    private static final String WHERE = " WHERE p.fund_unit_path LIKE :subtree AND p.search_text LIKE :like";

    private static final String SELECT = "SELECT p.id, p.received_on, p.method, p.amount, p.pledge_reference,"
            + " p.donor_name, p.campaign_id, p.bank_reference, p.recorded_by, p.recorded_at, r.reason,"
            + " rc.id AS receipt_id, rc.number AS receipt_number";

    private final JdbcClient jdbc;

    PaymentList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PaymentSummary> page(String subtreePath, String search, int offset, int limit) {
        return query(SELECT + JOINS + WHERE
                + " ORDER BY p.received_on DESC, p.id DESC LIMIT :limit OFFSET :offset", subtreePath, search)
                .param("limit", limit).param("offset", offset)
                .query(PaymentList::summary).list();
    }

    /** The payments recorded for a pledge, reversed ones included, oldest first. */
    List<PaymentSummary> ofPledge(String subtreePath, long pledgeId) {
        return jdbc.sql(SELECT + JOINS
                        + " WHERE p.pledge_id = :pledge AND p.fund_unit_path LIKE :subtree ORDER BY p.received_on, p.id")
                .param("pledge", pledgeId).param("subtree", subtreePath + "%")
                .query(PaymentList::summary).list();
    }

    PaymentSummary one(long id) {
        return jdbc.sql(SELECT + JOINS + " WHERE p.id = :id")
                .param("id", id).query(PaymentList::summary).single();
    }

    long count(String subtreePath, String search) {
        return query("SELECT COUNT(*) FROM payment p" + WHERE, subtreePath, search).query(Long.class).single();
    }

    /** What each campaign received, reversed payments left out; a campaign without payments is absent. */
    Map<Long, Money> received(Collection<Long> campaignIds) {
        Map<Long, Money> received = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return received;
        }
        jdbc.sql("SELECT p.campaign_id, SUM(p.amount) AS received FROM payment p WHERE p.campaign_id IN (:ids)"
                        + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)"
                        + " GROUP BY p.campaign_id")
                .param("ids", campaignIds)
                .query(row -> {
                    received.put(row.getLong("campaign_id"), Money.vnd(row.getLong("received")));
                });
        return received;
    }

    /** The goods received by the units of the subtree on these days, not reversed, oldest first. */
    List<GoodsReceived> goods(String subtreePath, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT p.received_on, p.goods_description, p.amount FROM payment p"
                        + " WHERE p.fund_unit_path LIKE :subtree AND p.received_on BETWEEN :from AND :to"
                        + " AND p.method = 'GOODS'"
                        + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)"
                        + " ORDER BY p.received_on, p.id")
                .param("subtree", subtreePath + "%").param("from", from).param("to", to)
                .query((row, number) -> new GoodsReceived(row.getObject("received_on", LocalDate.class),
                        row.getString("goods_description"), Money.vnd(row.getLong("amount"))))
                .list();
    }

    /** These payments of the subtree, in one query; an id not found (or outside the subtree) is left out. */
    List<RecordedPayment> recorded(String subtreePath, Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id, p.fund_unit_id, p.donor_id, p.campaign_id, p.pledge_reference, p.amount,"
                        + " p.received_on, p.recorded_at, r.payment_id AS reversed FROM payment p"
                        + " LEFT JOIN payment_reversal r ON r.payment_id = p.id"
                        + " WHERE p.id IN (:ids) AND p.fund_unit_path LIKE :subtree ORDER BY p.id")
                .param("ids", paymentIds).param("subtree", subtreePath + "%")
                .query((row, number) -> new RecordedPayment(row.getLong("id"), row.getLong("fund_unit_id"),
                        row.getObject("donor_id", Long.class), row.getObject("campaign_id", Long.class),
                        row.getString("pledge_reference"), Money.vnd(row.getLong("amount")),
                        row.getObject("received_on", LocalDate.class),
                        // Hibernate writes instants as UTC wall time (hibernate.jdbc.time_zone).
                        row.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getObject("reversed") != null))
                .list();
    }

    /** These payments of the subtree as the ledger books them, in one query; one not found is left out. */
    List<PaymentFacts> facts(String subtreePath, Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id, p.fund_unit_id, p.fund_unit_path, p.pledge_id, p.campaign_id, p.donor_id,"
                        + " p.method, p.amount, p.received_on, r.payment_id AS reversed FROM payment p"
                        + " LEFT JOIN payment_reversal r ON r.payment_id = p.id"
                        + " WHERE p.id IN (:ids) AND p.fund_unit_path LIKE :subtree ORDER BY p.id")
                .param("ids", paymentIds).param("subtree", subtreePath + "%")
                .query((row, number) -> new PaymentFacts(row.getLong("id"), row.getLong("fund_unit_id"),
                        row.getString("fund_unit_path"), row.getObject("pledge_id", Long.class),
                        row.getObject("campaign_id", Long.class), row.getObject("donor_id", Long.class),
                        PaymentMethod.valueOf(row.getString("method")), Money.vnd(row.getLong("amount")),
                        row.getObject("received_on", LocalDate.class), row.getObject("reversed") != null))
                .list();
    }

    List<Long> moneyPaymentIdsAfter(String subtreePath, long afterId, int limit) {
        return jdbc.sql("SELECT p.id FROM payment p WHERE p.id > :after AND p.method <> 'GOODS'"
                        + " AND p.fund_unit_path LIKE :subtree ORDER BY p.id LIMIT :limit")
                .param("after", afterId).param("subtree", subtreePath + "%").param("limit", limit)
                .query(Long.class).list();
    }

    private JdbcClient.StatementSpec query(String sql, String subtreePath, String search) {
        // Paths are digits and slashes; the search text is escaped for LIKE.
        String text = SearchText.normalise(search == null ? "" : search).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return jdbc.sql(sql).param("subtree", subtreePath + "%").param("like", "%" + text + "%");
    }

    private static PaymentSummary summary(ResultSet row, int number) throws SQLException {
        Timestamp recordedAt = row.getTimestamp("recorded_at");
        return new PaymentSummary(row.getLong("id"), row.getDate("received_on").toLocalDate(),
                PaymentMethod.valueOf(row.getString("method")), Money.vnd(row.getLong("amount")),
                row.getString("pledge_reference"), row.getString("donor_name"), (Long) row.getObject("campaign_id", Long.class),
                row.getString("bank_reference"), row.getString("recorded_by"), recordedAt.toInstant(),
                row.getString("reason"), (Long) row.getObject("receipt_id", Long.class), row.getString("receipt_number"));
    }
}
