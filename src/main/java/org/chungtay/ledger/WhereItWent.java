package org.chungtay.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chungtay.donors.DonorService;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a donor's money went (DD025): each payment with what it paid for, disbursement by disbursement, and what
 * is not used yet (held by the fund), and a summary per target ("10.000.000 ₫ → 6.000.000 ₫ Lớp học Ea Súp (dự
 * án), 4.000.000 ₫ hỗ trợ 2 trẻ em ở Krông Bông"). Children appear only as a count, never by name.
 * <p>
 * Staff read it through {@link #ofDonor(long)} for a donor of their subtree. The donor portal (issue 10) adds a
 * method here for the signed-in donor that passes that donor's id and the whole tree to {@link #report(long,
 * String)}, with its own {@code @PreAuthorize}; the report itself takes nothing from the security context.
 * <p>
 * The signed-in donor reads {@link #mine()} (their whole report), {@link #myGifts(int, int)} (the payments a page
 * at a time) and {@link #myProjects()} (what they gave to each project, for the projects module).
 */
@Service
@Transactional(readOnly = true)
public class WhereItWent {

    static final String STAFF = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT')";

    private final JdbcClient jdbc;
    private final DonorService donors;

    WhereItWent(JdbcClient jdbc, DonorService donors) {
        this.jdbc = jdbc;
        this.donors = donors;
    }

    /**
     * One disbursement's part of a payment, described as written when it was made.
     *
     * @param projectId the project of a {@link Purpose#PROJECT} use (the donor portal links to its page), else null
     */
    public record Use(long disbursementId, Purpose purpose, Long projectId, String descriptionVi, String descriptionEn,
            String publicPath, LocalDate paidOn, Money amount) {

        public String description(Locale locale) {
            return "vi".equals(locale.getLanguage()) ? descriptionVi : descriptionEn;
        }
    }

    /** A payment with its uses and the part not used yet, held by the fund. */
    public record Gift(long paymentId, LocalDate receivedOn, Money amount, List<Use> uses, Money unspent) {
    }

    /**
     * What the donor's money paid for, per target: a project's budget line (its label and public page), the
     * children of one unit helped ({@code children} of them, at {@code unitName}), or the general fund's work as
     * described.
     */
    public record Share(Purpose purpose, String labelVi, String labelEn, int children, String unitName,
            String publicPath, Money amount) {

        public String label(Locale locale) {
            return "vi".equals(locale.getLanguage()) ? labelVi : labelEn;
        }
    }

    /** The whole answer: the total given, the shares, what is held, and each payment. */
    public record Report(Money total, List<Share> shares, Money unspent, List<Gift> gifts) {
    }

    /** Where the gifts of a donor of the caller's subtree, made to units of that subtree, went. */
    @PreAuthorize(STAFF)
    public Report ofDonor(long donorId) {
        donors.find(donorId);
        return report(donorId, FundScope.subtreePath());
    }

    /** Where the signed-in donor's gifts, to any unit, went (the donor portal). */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Report mine() {
        return report(DonorPrincipal.requireDonorId(), "/");
    }

    /**
     * A page of the signed-in donor's payments, newest first, each with its uses and what the fund holds of it: a
     * big donor makes hundreds of payments a year, so the portal's list pages here rather than in the report.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<Gift> myGifts(int offset, int limit) {
        long donorId = DonorPrincipal.requireDonorId();
        List<Gift> page = jdbc.sql("""
                SELECT payment_id, received_on, amount, allocated FROM ledger_gift
                WHERE donor_id = :donor AND reversed = FALSE
                ORDER BY received_on DESC, payment_id DESC LIMIT :limit OFFSET :offset""")
                .param("donor", donorId).param("limit", Math.max(0, limit)).param("offset", Math.max(0, offset))
                .query((row, n) -> new Gift(row.getLong("payment_id"), row.getObject("received_on", LocalDate.class),
                        Money.vnd(row.getLong("amount")), List.of(),
                        Money.vnd(row.getLong("amount") - row.getLong("allocated"))))
                .list();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<Use>> uses = new HashMap<>();
        jdbc.sql("""
                SELECT a.payment_id, a.amount, d.id, d.purpose, d.description_vi, d.description_en, d.public_path,
                  d.paid_on, d.project_id, d.target_label_vi, d.target_label_en
                FROM allocation a JOIN disbursement d ON d.id = a.disbursement_id
                WHERE a.payment_id IN (:payments) ORDER BY d.paid_on, d.id""")
                .param("payments", page.stream().map(Gift::paymentId).toList())
                .query(row -> {
                    Purpose purpose = Purpose.valueOf(row.getString("purpose"));
                    uses.computeIfAbsent(row.getLong("payment_id"), id -> new ArrayList<>()).add(use(row, purpose));
                });
        return page.stream().map(gift -> new Gift(gift.paymentId(), gift.receivedOn(), gift.amount(),
                List.copyOf(uses.getOrDefault(gift.paymentId(), List.of())), gift.unspent())).toList();
    }

    /** How many payments {@link #myGifts(int, int)} pages through. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public long countMyGifts() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_gift WHERE donor_id = ? AND reversed = FALSE")
                .param(DonorPrincipal.requireDonorId()).query(Long.class).single();
    }

    /**
     * What the signed-in donor gave to each project, most first: the donor "funded" a project when a payment of
     * theirs that was not reversed is designated to it (it went to the project's pool, so it is kept for the
     * project even before it is spent), or when the allocation rule paid part of any other payment of theirs to
     * one of the project's budget lines. The amount is the designated payments in full plus those allocated
     * parts. A pledge designated to a project but not paid yet funds nothing: it is a promise, and the
     * donors-only updates are for those whose money reached the project.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<ProjectGift> myProjects() {
        return projectGifts(DonorPrincipal.requireDonorId(), null);
    }

    /** What the signed-in donor gave to this project, if anything (see {@link #myProjects()}). */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Optional<Money> myProject(long projectId) {
        return projectGifts(DonorPrincipal.requireDonorId(), projectId).stream().findFirst().map(ProjectGift::amount);
    }

    /** A project and what one donor gave to it. */
    public record ProjectGift(long projectId, Money amount) {
    }

    private List<ProjectGift> projectGifts(long donorId, Long projectId) {
        String oneProject = projectId == null ? "" : " AND project_id = :project";
        var query = jdbc.sql("""
                SELECT project_id, SUM(amount) AS given FROM (
                  SELECT p.project_id, g.amount FROM ledger_gift g JOIN ledger_pool p ON p.id = g.pool_id
                  WHERE g.donor_id = :donor AND g.reversed = FALSE AND p.kind = 'PROJECT'
                  UNION ALL
                  SELECT d.project_id, a.amount FROM ledger_gift g JOIN ledger_pool p ON p.id = g.pool_id
                    JOIN allocation a ON a.payment_id = g.payment_id JOIN disbursement d ON d.id = a.disbursement_id
                  WHERE g.donor_id = :donor AND g.reversed = FALSE AND d.purpose = 'PROJECT'
                    AND NOT (p.kind = 'PROJECT' AND p.project_id = d.project_id)
                ) given WHERE project_id IS NOT NULL""" + oneProject + " GROUP BY project_id ORDER BY given DESC, project_id")
                .param("donor", donorId);
        if (projectId != null) {
            query = query.param("project", projectId);
        }
        return query.query((row, n) -> new ProjectGift(row.getLong("project_id"), Money.vnd(row.getLong("given"))))
                .list();
    }

    /** The report of the donor's gifts made to units under {@code subtreePath} ("/" for all); not secured here. */
    Report report(long donorId, String subtreePath) {
        Map<Long, List<Use>> usesByPayment = new HashMap<>();
        Map<String, Share> shares = new LinkedHashMap<>();
        Map<String, Set<Long>> children = new HashMap<>();
        jdbc.sql("""
                SELECT a.payment_id, a.amount, d.id, d.purpose, d.description_vi, d.description_en, d.public_path,
                  d.paid_on, d.project_id, d.budget_line_id, d.child_id, d.target_label_vi, d.target_label_en,
                  d.fund_unit_id, u.name AS unit_name
                FROM ledger_gift g JOIN allocation a ON a.payment_id = g.payment_id
                  JOIN disbursement d ON d.id = a.disbursement_id JOIN fund_unit u ON u.id = d.fund_unit_id
                WHERE g.donor_id = :donor AND g.fund_unit_path LIKE :subtree AND g.reversed = FALSE
                ORDER BY d.paid_on, d.id""")
                .param("donor", donorId).param("subtree", subtreePath + "%")
                .query(row -> {
                    Purpose purpose = Purpose.valueOf(row.getString("purpose"));
                    Money amount = Money.vnd(row.getLong("amount"));
                    usesByPayment.computeIfAbsent(row.getLong("payment_id"), id -> new ArrayList<>())
                            .add(use(row, purpose));
                    String key;
                    String labelVi;
                    String labelEn;
                    switch (purpose) {
                        case PROJECT -> {
                            key = "line:" + row.getObject("budget_line_id") + ":" + row.getObject("project_id");
                            labelVi = row.getString("target_label_vi");
                            labelEn = row.getString("target_label_en");
                        }
                        case SPONSORED_CHILD, SUPPORT_CASE -> {
                            key = purpose + ":" + row.getLong("fund_unit_id");
                            labelVi = null;
                            labelEn = null;
                            Long child = row.getObject("child_id", Long.class);
                            if (child != null) {
                                children.computeIfAbsent(key, k -> new HashSet<>()).add(child);
                            }
                        }
                        default -> {
                            key = "general:" + row.getString("description_vi");
                            labelVi = row.getString("description_vi");
                            labelEn = row.getString("description_en");
                        }
                    }
                    String unitName = row.getString("unit_name");
                    String publicPath = row.getString("public_path");
                    shares.merge(key, new Share(purpose, labelVi, labelEn, 0, unitName, publicPath, amount),
                            (had, more) -> new Share(had.purpose(), had.labelVi(), had.labelEn(), 0, had.unitName(),
                                    had.publicPath(), had.amount().plus(more.amount())));
                });
        List<Gift> gifts = jdbc.sql("""
                SELECT payment_id, received_on, amount, allocated FROM ledger_gift
                WHERE donor_id = :donor AND fund_unit_path LIKE :subtree AND reversed = FALSE
                ORDER BY received_on DESC, payment_id DESC""")
                .param("donor", donorId).param("subtree", subtreePath + "%")
                .query((row, n) -> new Gift(row.getLong("payment_id"), row.getObject("received_on", LocalDate.class),
                        Money.vnd(row.getLong("amount")),
                        List.copyOf(usesByPayment.getOrDefault(row.getLong("payment_id"), List.of())),
                        Money.vnd(row.getLong("amount") - row.getLong("allocated"))))
                .list();
        List<Share> summary = shares.entrySet().stream().map(entry -> {
            Share share = entry.getValue();
            int count = children.getOrDefault(entry.getKey(), Set.of()).size();
            return new Share(share.purpose(), share.labelVi(), share.labelEn(), count, share.unitName(),
                    share.publicPath(), share.amount());
        }).toList();
        Money total = gifts.stream().map(Gift::amount).reduce(Money.ZERO, Money::plus);
        Money unspent = gifts.stream().map(Gift::unspent).reduce(Money.ZERO, Money::plus);
        return new Report(total, summary, unspent, gifts);
    }

    private static Use use(java.sql.ResultSet row, Purpose purpose) throws java.sql.SQLException {
        return new Use(row.getLong("id"), purpose, row.getObject("project_id", Long.class),
                DisbursementWords.shown(purpose, row.getString("target_label_vi"), row.getString("description_vi")),
                DisbursementWords.shown(purpose, row.getString("target_label_en"), row.getString("description_en")),
                row.getString("public_path"), row.getObject("paid_on", LocalDate.class),
                Money.vnd(row.getLong("amount")));
    }
}
