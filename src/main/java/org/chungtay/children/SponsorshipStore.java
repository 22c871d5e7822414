package org.chungtay.children;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sponsorships' tables in SQL; the service checks who asks. Lists are cut to a subtree and paged here. */
@Component
class SponsorshipStore {

    /** The day of the month after a sponsored month by which its delivery is to be recorded (DD026). */
    static final int DUE_DAY = 10;

    private static final String MONTH_COLUMNS = "id, sponsorship_id, period, due_on, delivered_on, amount, method,"
            + " receipt_name";

    private final JdbcClient jdbc;

    SponsorshipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long childId, long pledgeId, String path, Money amountPerMonth, LocalDate startMonth,
            LocalDate endMonth, int lateMonths) {
    }

    static LocalDate dueOn(YearMonth period) {
        return period.plusMonths(1).atDay(DUE_DAY);
    }

    long insert(long childId, long pledgeId, String path, SponsorshipTerms terms, Instant now) {
        jdbc.sql("""
                INSERT INTO sponsorship (child_id, pledge_id, fund_unit_path, amount_per_month, start_month, end_month,
                  matched_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, pledgeId, path, terms.amountPerMonth().amount(), terms.start().atDay(1),
                        terms.end().atDay(1), now)
                .update();
        long id = jdbc.sql("SELECT id FROM sponsorship WHERE pledge_id = ? AND child_id = ?")
                .params(pledgeId, childId).query(Long.class).single();
        for (YearMonth month = terms.start(); !month.isAfter(terms.end()); month = month.plusMonths(1)) {
            jdbc.sql("INSERT INTO sponsorship_month (sponsorship_id, fund_unit_path, period, due_on) VALUES (?, ?, ?, ?)")
                    .params(id, path, month.atDay(1), dueOn(month)).update();
        }
        return id;
    }

    boolean matched(long pledgeId, long childId) {
        return jdbc.sql("SELECT COUNT(*) FROM sponsorship WHERE pledge_id = ? AND child_id = ?")
                .params(pledgeId, childId).query(Long.class).single() > 0;
    }

    /** The pledge's sponsorships, locking them, so that two caseworkers never match one child too many. */
    long countOfPledgeLocked(long pledgeId) {
        return jdbc.sql("SELECT id FROM sponsorship WHERE pledge_id = ? FOR UPDATE").param(pledgeId)
                .query(Long.class).list().size();
    }

    private static final String SELECT = "SELECT s.id, s.child_id, s.pledge_id, s.fund_unit_path, s.amount_per_month,"
            + " s.start_month, s.end_month, (SELECT COUNT(*) FROM sponsorship_month m"
            + " WHERE m.sponsorship_id = s.id AND m.delivered_on IS NULL"
            + " AND m.due_on < :today) AS late_months FROM sponsorship s";

    Optional<Row> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).param("today", today)
                .query(SponsorshipStore::row).optional();
    }

    List<Row> ofPledge(long pledgeId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE s.pledge_id = :pledge ORDER BY s.id").param("pledge", pledgeId)
                .param("today", today)
                .query(SponsorshipStore::row).list();
    }

    /** The sponsorships of these pledges, whoever's subtree they are in: callers check. */
    List<Row> ofPledges(Collection<Long> pledgeIds, LocalDate today) {
        if (pledgeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE s.pledge_id IN (:pledges) ORDER BY s.id").param("pledges", pledgeIds)
                .param("today", today)
                .query(SponsorshipStore::row).list();
    }

    List<Row> ofChild(long childId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE s.child_id = :child ORDER BY s.id").param("child", childId)
                .param("today", today)
                .query(SponsorshipStore::row).list();
    }

    /** Within the caller's subtree, those with late months first, then newest. */
    List<Row> page(LocalDate today, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE s.fund_unit_path LIKE :scope"
                        + " ORDER BY late_months DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .param("scope", FundScope.subtreePath() + "%").param("limit", limit).param("offset", offset)
                .param("today", today).query(SponsorshipStore::row).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sponsorship WHERE fund_unit_path LIKE ?")
                .param(FundScope.subtreePath() + "%").query(Long.class).single();
    }

    // ------------------------------------------------------------------ months

    List<SponsoredMonth> months(long sponsorshipId, LocalDate today) {
        return jdbc.sql("SELECT " + MONTH_COLUMNS + " FROM sponsorship_month WHERE sponsorship_id = ? ORDER BY period")
                .param(sponsorshipId).query((row, n) -> month(row, today)).list();
    }

    Optional<SponsoredMonth> month(long monthId, LocalDate today) {
        return jdbc.sql("SELECT " + MONTH_COLUMNS + " FROM sponsorship_month WHERE id = ?").param(monthId)
                .query((row, n) -> month(row, today)).optional();
    }

    /** Late months of the caller's subtree, longest late first. */
    List<SponsoredMonth> late(LocalDate today, int offset, int limit) {
        return jdbc.sql("SELECT " + MONTH_COLUMNS + " FROM sponsorship_month WHERE fund_unit_path LIKE :scope"
                        + " AND delivered_on IS NULL AND due_on < :today ORDER BY due_on, id LIMIT :limit OFFSET :offset")
                .param("scope", FundScope.subtreePath() + "%").param("today", today).param("limit", limit)
                .param("offset", offset).query((row, n) -> month(row, today)).list();
    }

    long countLate(LocalDate today) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM sponsorship_month WHERE fund_unit_path LIKE ? AND delivered_on IS NULL AND due_on < ?""")
                .params(FundScope.subtreePath() + "%", today).query(Long.class).single();
    }

    /** Late months not flagged before, oldest first, at most {@code limit}; flagged now. */
    List<SponsoredMonth> flagLate(LocalDate today, Instant now, int limit) {
        List<SponsoredMonth> late = jdbc.sql("SELECT " + MONTH_COLUMNS + " FROM sponsorship_month"
                        + " WHERE delivered_on IS NULL AND due_on < ? AND late_flagged_at IS NULL ORDER BY id LIMIT ?"
                        + " FOR UPDATE")
                .params(today, limit).query((row, n) -> month(row, today)).list();
        late.forEach(month -> jdbc.sql("UPDATE sponsorship_month SET late_flagged_at = ? WHERE id = ?")
                .params(now, month.id()).update());
        return late;
    }

    String pathOfMonth(long monthId) {
        return jdbc.sql("SELECT fund_unit_path FROM sponsorship_month WHERE id = ?").param(monthId)
                .query(String.class).optional().orElse(null);
    }

    /** Records the delivery unless one was recorded already; returns whether it did. */
    boolean recordDelivery(long monthId, DeliveryEntry entry, Instant now) {
        return jdbc.sql("""
                UPDATE sponsorship_month SET delivered_on = ?, amount = ?, method = ?, receipt_name = ?, receipt_type = ?,
                  receipt = ?, recorded_at = ?, recorded_by = ?
                WHERE id = ? AND delivered_on IS NULL""")
                .params(entry.deliveredOn(), entry.amount().amount(), entry.method().name(), entry.receipt().fileName(),
                        entry.receipt().contentType(), entry.receipt().bytes(), now, FundScope.actorName(), monthId)
                .update() == 1;
    }

    Optional<ScannedDocument> receipt(long monthId) {
        return jdbc.sql("""
                SELECT receipt_name, receipt_type, receipt FROM sponsorship_month WHERE id = ? AND receipt IS NOT NULL""")
                .param(monthId)
                .query((row, n) -> new ScannedDocument(row.getString("receipt_name"), row.getString("receipt_type"),
                        row.getBytes("receipt")))
                .optional();
    }

    private static SponsoredMonth month(ResultSet row, LocalDate today) throws SQLException {
        LocalDate delivered = row.getObject("delivered_on", LocalDate.class);
        LocalDate dueOn = row.getObject("due_on", LocalDate.class);
        long amount = row.getLong("amount");
        String method = row.getString("method");
        return new SponsoredMonth(row.getLong("id"), row.getLong("sponsorship_id"),
                YearMonth.from(row.getObject("period", LocalDate.class)), dueOn, delivered,
                delivered == null ? null : Money.vnd(amount), method == null ? null : DeliveryMethod.valueOf(method),
                row.getString("receipt_name"), delivered == null && dueOn.isBefore(today));
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        return new Row(row.getLong("id"), row.getLong("child_id"), row.getLong("pledge_id"),
                row.getString("fund_unit_path"), Money.vnd(row.getLong("amount_per_month")),
                row.getObject("start_month", LocalDate.class), row.getObject("end_month", LocalDate.class),
                row.getInt("late_months"));
    }
}
