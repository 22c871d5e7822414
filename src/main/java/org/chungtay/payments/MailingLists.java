package org.chungtay.payments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the fund may write news and appeals to, and what they gave to: the queries behind the campaign
 * announcement and the monthly progress digest (DD024). Each answers in the database, a page at a time,
 * ordered by donor id so that a run goes on after the last donor of the previous page.
 *
 * <p>A donor is <b>opted in</b> to a category when the latest consent event of that category says granted
 * (DD014), the donor was not merged into another, and it has an address: an individual's own, or an
 * organisation's first contact with one. Read by administrators and fund managers (the jobs act as the
 * system), within their subtree.
 */
@Service
@Transactional(readOnly = true)
public class MailingLists {

    private static final String MAY_READ = "hasAnyRole('ADMIN','FUND_MANAGER')";

    /** The first contact of an organisation that has an address, by the contacts' order. */
    private static final String FIRST_CONTACT = "(SELECT c.%s FROM donor_contact c WHERE c.donor_id = d.id"
            + " AND c.email IS NOT NULL ORDER BY c.sort_order LIMIT 1)";

    private static final String OPTED_IN = " FROM donor d WHERE d.merged_into_id IS NULL"
            + " AND d.fund_unit_path LIKE :subtree"
            + " AND (SELECT e.granted FROM consent_event e WHERE e.donor_id = d.id AND e.category = :category"
            + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) = TRUE"
            + " AND (d.email IS NOT NULL OR EXISTS (SELECT 1 FROM donor_contact c WHERE c.donor_id = d.id"
            + " AND c.email IS NOT NULL))";

    /** Payments that still count: not reversed. */
    private static final String STANDING = " NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)";

    private final JdbcClient jdbc;

    MailingLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A donor the fund may write to, as the message addresses them.
     *
     * @param name     whom to greet: the individual, or the organisation's contact
     * @param language {@code vi} or {@code en}
     */
    public record Recipient(long donorId, String name, String email, String language, long fundUnitId) {
    }

    /** How many donors of the subtree are opted in to the category. */
    @PreAuthorize(MAY_READ)
    public long countOptedIn(ConsentCategory category, String subtreePath) {
        FundScope.check(subtreePath);
        return jdbc.sql("SELECT COUNT(*)" + OPTED_IN).param("subtree", subtreePath + "%")
                .param("category", category.name()).query(Long.class).single();
    }

    /** The next page of donors of the subtree opted in to the category, after the donor id given (0 at first). */
    @PreAuthorize(MAY_READ)
    public List<Recipient> optedIn(ConsentCategory category, String subtreePath, long afterDonorId, int pageSize) {
        FundScope.check(subtreePath);
        return jdbc.sql("SELECT d.id, d.preferred_language, d.fund_unit_id,"
                        + " CASE WHEN d.email IS NULL THEN " + FIRST_CONTACT.formatted("name") + " ELSE d.name END AS greet,"
                        + " COALESCE(d.email, " + FIRST_CONTACT.formatted("email") + ") AS address"
                        + OPTED_IN + " AND d.id > :after ORDER BY d.id LIMIT :size")
                .param("subtree", subtreePath + "%")
                .param("category", category.name())
                .param("after", afterDonorId)
                .param("size", pageSize)
                .query((row, number) -> new Recipient(row.getLong("id"), row.getString("greet"),
                        row.getString("address"), row.getString("preferred_language"), row.getLong("fund_unit_id")))
                .list();
    }

    /** The campaigns each of these donors gave to (payments not reversed), in campaign id order. */
    @PreAuthorize(MAY_READ)
    public Map<Long, List<Long>> campaignsGivenTo(Collection<Long> donorIds) {
        Map<Long, TreeSet<Long>> given = new LinkedHashMap<>();
        if (!donorIds.isEmpty()) {
            jdbc.sql("SELECT DISTINCT p.donor_id, p.campaign_id FROM payment p WHERE p.donor_id IN (:donors)"
                            + " AND p.campaign_id IS NOT NULL AND p.fund_unit_path LIKE :subtree AND" + STANDING)
                    .param("donors", donorIds)
                    .param("subtree", FundScope.subtreePath() + "%")
                    .query(row -> {
                        given.computeIfAbsent(row.getLong("donor_id"), id -> new TreeSet<>()).add(row.getLong("campaign_id"));
                    });
        }
        Map<Long, List<Long>> lists = new LinkedHashMap<>();
        given.forEach((donor, campaigns) -> lists.put(donor, List.copyOf(campaigns)));
        return lists;
    }

    /** How many donors gave to each campaign (payments not reversed; gifts without a donor record not counted). */
    @PreAuthorize(MAY_READ)
    public Map<Long, Long> donorsWhoGave(Collection<Long> campaignIds) {
        Map<Long, Long> donors = new LinkedHashMap<>();
        if (!campaignIds.isEmpty()) {
            jdbc.sql("SELECT p.campaign_id, COUNT(DISTINCT p.donor_id) AS donors FROM payment p"
                            + " WHERE p.campaign_id IN (:ids) AND p.donor_id IS NOT NULL AND p.fund_unit_path LIKE :subtree AND"
                            + STANDING + " GROUP BY p.campaign_id")
                    .param("ids", campaignIds)
                    .param("subtree", FundScope.subtreePath() + "%")
                    .query(row -> {
                        donors.put(row.getLong("campaign_id"), row.getLong("donors"));
                    });
        }
        return donors;
    }

    /** What each campaign received between two days, both included, reversed payments left out. */
    @PreAuthorize(MAY_READ)
    public Map<Long, Money> receivedBetween(Collection<Long> campaignIds, LocalDate from, LocalDate to) {
        Map<Long, Money> received = new LinkedHashMap<>();
        if (!campaignIds.isEmpty()) {
            jdbc.sql("SELECT p.campaign_id, SUM(p.amount) AS received FROM payment p WHERE p.campaign_id IN (:ids)"
                            + " AND p.received_on BETWEEN :from AND :to AND p.fund_unit_path LIKE :subtree AND"
                            + STANDING + " GROUP BY p.campaign_id")
                    .param("ids", campaignIds)
                    .param("from", from)
                    .param("to", to)
                    .param("subtree", FundScope.subtreePath() + "%")
                    .query(row -> {
                        received.put(row.getLong("campaign_id"), Money.vnd(row.getLong("received")));
                    });
        }
        return received;
    }
}
