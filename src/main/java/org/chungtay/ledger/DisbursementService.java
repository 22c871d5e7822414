package org.chungtay.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money paid out (DD025). Accountants (and administrators) make disbursements within their subtree: to a
 * project's budget line, a sponsored child or a child's support case (targets told by the modules that own them,
 * {@link DisbursementTargets}), or for the general fund's own work, each from one pool that may pay it. No
 * disbursement exceeds its pool's available money nor its budget line's remaining budget: both are checked with
 * the pool's row locked, so that two nodes never spend the same money. Above its unit's approval threshold a
 * disbursement waits for a fund manager (or administrator) of the unit or above who did not ask for it; PAID, it
 * is allocated to the pool's gifts ({@link AllocationRule}); REJECTED, its money returns to the pool. Every
 * change is audited.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class DisbursementService {

    static final String MAKERS = "hasAnyRole('ADMIN','ACCOUNTANT')";
    static final String APPROVERS = "hasAnyRole('ADMIN','FUND_MANAGER')";
    static final String READERS = "hasAnyRole('ADMIN','FUND_MANAGER','ACCOUNTANT')";
    public static final int REASON_LIMIT = 500;
    private static final String AUDIT_SUBJECT = "disbursement";
    private static final String SELECT = """
            SELECT d.id, d.fund_unit_id, u.name AS unit_name, d.purpose, d.pool_id, p.kind AS pool_kind,
              d.description_vi, d.description_en, d.public_path, d.amount, d.allocated, d.paid_on, d.status,
              d.requested_by, d.requested_at, d.decided_by, d.decided_at, d.decision_note,
              (SELECT COUNT(*) FROM disbursement_document dd WHERE dd.disbursement_id = d.id) AS documents
            FROM disbursement d JOIN fund_unit u ON u.id = d.fund_unit_id JOIN ledger_pool p ON p.id = d.pool_id
            """;

    private final JdbcClient jdbc;
    private final PoolStore pools;
    private final AllocationRule rule;
    private final ObjectProvider<DisbursementTargets> targets;
    private final FundUnitSettingsService settings;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    DisbursementService(JdbcClient jdbc, PoolStore pools, AllocationRule rule,
            ObjectProvider<DisbursementTargets> targets, FundUnitSettingsService settings,
            ApplicationEventPublisher events, AuditTrail audit) {
        this.jdbc = jdbc;
        this.pools = pools;
        this.rule = rule;
        this.targets = targets;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
    }

    /** Targets of this purpose in the caller's subtree whose label contains the text, at most {@code limit}. */
    @PreAuthorize(MAKERS)
    @Transactional(readOnly = true)
    public List<DisbursementTarget> targets(Purpose purpose, String text, int limit) {
        return targets.orderedStream().filter(bean -> bean.purposes().contains(purpose))
                .flatMap(bean -> bean.search(purpose, text == null ? "" : text.strip(), limit).stream())
                .limit(limit).toList();
    }

    /**
     * The pools that may pay this target (none for the general fund), with their available money: a project's
     * own pool, its programme's at its unit or above, the general fund of its unit or above; a sponsored child's
     * sponsorship pool or the general fund; a support case or the general fund's own work, the general fund or a
     * programme. Only pools of the caller's subtree.
     */
    @PreAuthorize(MAKERS)
    @Transactional(readOnly = true)
    public List<Pool> pools(Purpose purpose, Long targetId) {
        return validPools(purpose, target(purpose, targetId));
    }

    /**
     * Makes a disbursement: PAID at once (and allocated), or AWAITING_APPROVAL above its unit's threshold.
     *
     * @throws UserFacingException for values out of their limits, a target or pool not found or not allowed, or
     *         more than the pool's available money or the budget line's remaining budget
     */
    @PreAuthorize(MAKERS)
    public DisbursementSummary request(DisbursementEntry entry) {
        checked(entry);
        DisbursementTarget target = target(entry.purpose(), entry.targetId());
        Pool chosen = validPools(entry.purpose(), target).stream().filter(p -> p.id() == entry.poolId()).findFirst()
                .orElseThrow(() -> new UserFacingException("ledger.error.pool"));
        long unitId = target == null ? chosen.fundUnitId() : target.fundUnitId();
        String unitPath = target == null ? chosen.fundUnitPath() : target.fundUnitPath();
        FundScope.check(unitPath);

        Set<Long> locks = new LinkedHashSet<>(List.of(chosen.id()));
        if (target != null && target.purpose() == Purpose.PROJECT && target.projectId() != null) {
            // Every disbursement to a project takes its project pool's lock too, so that two disbursements to one
            // budget line from different pools are checked against its budget one after the other.
            locks.add(pools.ensure(List.of(PoolStore.Spec.project(target.projectId(), target.programme(),
                    target.fundUnitId(), target.fundUnitPath()))).values().iterator().next());
        }
        pools.lock(locks);
        Pool pool = pools.get(chosen.id());
        long amount = entry.amount().amount();
        if (amount > pool.available().amount()) {
            throw new UserFacingException("ledger.error.over-pool", Math.max(0, pool.available().amount()));
        }
        if (target != null && target.budget() != null) {
            long used = jdbc.sql("""
                    SELECT COALESCE(SUM(amount), 0) FROM disbursement
                    WHERE purpose = :purpose AND budget_line_id = :line AND status IN ('AWAITING_APPROVAL', 'PAID')""")
                    .param("purpose", target.purpose().name()).param("line", target.id()).query(Long.class).single();
            long remaining = target.budget().amount() - used;
            if (amount > remaining) {
                throw new UserFacingException("ledger.error.over-budget", Math.max(0, remaining));
            }
        }
        Money threshold = settings.approvalThreshold(unitId);
        DisbursementStatus status = entry.amount().isGreaterThan(threshold) ? DisbursementStatus.AWAITING_APPROVAL
                : DisbursementStatus.PAID;
        String typed = entry.description() == null ? "" : entry.description().strip();
        String vi = target == null ? typed : typed.isEmpty() ? target.labelVi() : target.labelVi() + " — " + typed;
        String en = target == null ? typed : typed.isEmpty() ? target.labelEn() : target.labelEn() + " — " + typed;
        String actor = FundScope.actorName();
        Instant now = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disbursement (fund_unit_id, fund_unit_path, pool_id, purpose, programme, project_id,
                  budget_line_id, child_id, sponsorship_id, description_vi, description_en, public_path, amount,
                  paid_on, status, requested_by, requested_at, allocated, version, target_label_vi, target_label_en)
                VALUES (:unit, :path, :pool, :purpose, :programme, :project, :line, :child, :sponsorship, :vi, :en,
                  :publicPath, :amount, :paidOn, :status, :by, :at, 0, 0, :labelVi, :labelEn)""")
                .param("unit", unitId).param("path", unitPath).param("pool", pool.id())
                .param("purpose", entry.purpose().name())
                .param("programme", target != null && target.programme() != null ? target.programme().name()
                        : pool.programme() == null ? null : pool.programme().name())
                .param("project", target == null ? null : target.projectId())
                .param("line", target != null && target.purpose() == Purpose.PROJECT ? target.id() : null)
                .param("child", target == null ? null : target.childId())
                .param("sponsorship", target != null && target.purpose() == Purpose.SPONSORED_CHILD ? target.id() : null)
                .param("vi", cut(vi)).param("en", cut(en))
                .param("publicPath", target == null ? null : target.publicPath())
                .param("amount", amount).param("paidOn", entry.paidOn()).param("status", status.name())
                .param("by", actor).param("at", utc(now))
                .param("labelVi", target == null ? null : cut(target.labelVi()))
                .param("labelEn", target == null ? null : cut(target.labelEn()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (ScannedDocument document : entry.documents()) {
            jdbc.sql("""
                    INSERT INTO disbursement_document (disbursement_id, file_name, content_type, content, uploaded_by,
                      uploaded_at) VALUES (:id, :name, :type, :content, :by, :at)""")
                    .param("id", id).param("name", document.fileName()).param("type", document.contentType())
                    .param("content", document.bytes()).param("by", actor).param("at", utc(now)).update();
        }
        pools.changeCommitted(pool.id(), amount);
        if (status == DisbursementStatus.PAID) {
            rule.cover(pool.id());
        }
        DisbursementSummary made = one(id);
        audit.record(AUDIT_SUBJECT, id, status == DisbursementStatus.PAID ? "paid" : "requested", null, describe(made));
        if (status == DisbursementStatus.AWAITING_APPROVAL) {
            events.publishEvent(new DisbursementAwaitingApproval(id, unitId, unitPath, amount, made.descriptionVi(),
                    made.descriptionEn(), actor, now));
        }
        return made;
    }

    /**
     * Approves a waiting disbursement: it is PAID and allocated. Only by a fund manager or administrator of its
     * unit or a unit above, who did not ask for it.
     */
    @PreAuthorize(APPROVERS)
    public DisbursementSummary approve(long id) {
        DisbursementSummary waiting = lockedWaiting(id);
        jdbc.sql("""
                UPDATE disbursement SET status = 'PAID', decided_by = :by, decided_at = :at, version = version + 1
                WHERE id = :id""")
                .param("by", FundScope.actorName()).param("at", utc(Instant.now())).param("id", id).update();
        rule.cover(waiting.poolId());
        DisbursementSummary paid = one(id);
        audit.record(AUDIT_SUBJECT, id, "approved", describe(waiting), describe(paid));
        return paid;
    }

    /** Rejects a waiting disbursement with a reason: its money returns to its pool. */
    @PreAuthorize(APPROVERS)
    public DisbursementSummary reject(long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw new UserFacingException("ledger.error.reason", REASON_LIMIT);
        }
        DisbursementSummary waiting = lockedWaiting(id);
        jdbc.sql("""
                UPDATE disbursement SET status = 'REJECTED', decided_by = :by, decided_at = :at, decision_note = :why,
                  version = version + 1 WHERE id = :id""")
                .param("by", FundScope.actorName()).param("at", utc(Instant.now())).param("why", why)
                .param("id", id).update();
        pools.changeCommitted(waiting.poolId(), -waiting.amount().amount());
        DisbursementSummary rejected = one(id);
        audit.record(AUDIT_SUBJECT, id, "rejected", describe(waiting), describe(rejected));
        return rejected;
    }

    /** The caller's subtree's disbursements of this status (all when null), newest first, a page of them. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<DisbursementSummary> list(DisbursementStatus status, int offset, int limit) {
        return withStatus(jdbc.sql(SELECT + " WHERE d.fund_unit_path LIKE :subtree" + statusCondition(status)
                        + " ORDER BY d.requested_at DESC, d.id DESC LIMIT :limit OFFSET :offset"), status)
                .param("subtree", FundScope.subtreePath() + "%").param("limit", limit).param("offset", offset)
                .query(DisbursementService::summary).list();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(DisbursementStatus status) {
        return withStatus(jdbc.sql("SELECT COUNT(*) FROM disbursement d WHERE d.fund_unit_path LIKE :subtree"
                        + statusCondition(status)), status)
                .param("subtree", FundScope.subtreePath() + "%").query(Long.class).single();
    }

    /** One disbursement of the caller's subtree. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public DisbursementSummary get(long id) {
        return inScope(id);
    }

    /** Whether the caller may decide on this waiting disbursement: a fund manager or administrator, not its maker. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean mayDecide(DisbursementSummary disbursement) {
        var principal = FundScope.requirePrincipal();
        return disbursement.status() == DisbursementStatus.AWAITING_APPROVAL
                && EnumSet.of(org.chungtay.shared.Role.ADMIN, org.chungtay.shared.Role.FUND_MANAGER)
                        .contains(principal.role())
                && !principal.username().equals(disbursement.requestedBy())
                && FundScope.contains(jdbc.sql("SELECT fund_unit_path FROM disbursement WHERE id = :id")
                        .param("id", disbursement.id()).query(String.class).single());
    }

    /** The documents behind a disbursement of the caller's subtree, without their bytes. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<DisbursementDocumentFile> documents(long disbursementId) {
        inScope(disbursementId);
        return jdbc.sql("SELECT id, disbursement_id, file_name, content_type FROM disbursement_document"
                        + " WHERE disbursement_id = :id ORDER BY id")
                .param("id", disbursementId)
                .query((row, n) -> new DisbursementDocumentFile(row.getLong("id"), row.getLong("disbursement_id"),
                        row.getString("file_name"), row.getString("content_type"), null))
                .list();
    }

    /** One document to download, if its disbursement is of the caller's subtree. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public DisbursementDocumentFile document(long documentId) {
        DisbursementDocumentFile file = jdbc.sql("SELECT id, disbursement_id, file_name, content_type, content"
                        + " FROM disbursement_document WHERE id = :id")
                .param("id", documentId)
                .query((row, n) -> new DisbursementDocumentFile(row.getLong("id"), row.getLong("disbursement_id"),
                        row.getString("file_name"), row.getString("content_type"), row.getBytes("content")))
                .optional().orElseThrow(() -> new UserFacingException("ledger.error.not-found"));
        inScope(file.disbursementId());
        return file;
    }

    // ---------------------------------------------------------------- inside

    /** Written only when a status is asked for: H2 (the zero-setup demo) cannot type a bare "? IS NULL". */
    private static String statusCondition(DisbursementStatus status) {
        return status == null ? "" : " AND d.status = :status";
    }

    private static JdbcClient.StatementSpec withStatus(JdbcClient.StatementSpec query, DisbursementStatus status) {
        return status == null ? query : query.param("status", status.name());
    }

    private DisbursementSummary lockedWaiting(long id) {
        DisbursementSummary before = inScope(id);
        pools.lock(List.of(before.poolId()));
        // Every change of a disbursement's status takes its pool's lock first: read again under it.
        DisbursementSummary waiting = one(id);
        if (waiting.status() != DisbursementStatus.AWAITING_APPROVAL) {
            throw new UserFacingException("ledger.error.not-waiting");
        }
        if (FundScope.actorName().equals(waiting.requestedBy())) {
            throw new UserFacingException("ledger.error.own-request");
        }
        return waiting;
    }

    private DisbursementSummary inScope(long id) {
        String path = jdbc.sql("SELECT fund_unit_path FROM disbursement WHERE id = :id").param("id", id)
                .query(String.class).optional().orElseThrow(() -> new UserFacingException("ledger.error.not-found"));
        if (!FundScope.contains(path)) {
            throw new UserFacingException("ledger.error.not-found");
        }
        return one(id);
    }

    private DisbursementSummary one(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DisbursementService::summary).single();
    }

    private Optional<DisbursementTarget> findTarget(Purpose purpose, long id) {
        return targets.orderedStream().filter(bean -> bean.purposes().contains(purpose))
                .map(bean -> bean.find(purpose, id)).flatMap(Optional::stream).findFirst();
    }

    /** The target of the entry, null for the general fund's own work. */
    private DisbursementTarget target(Purpose purpose, Long targetId) {
        if (purpose == null) {
            throw new UserFacingException("ledger.error.purpose");
        }
        if (purpose == Purpose.GENERAL) {
            return null;
        }
        if (targetId == null) {
            throw new UserFacingException("ledger.error.target");
        }
        DisbursementTarget target = findTarget(purpose, targetId)
                .orElseThrow(() -> new UserFacingException("ledger.error.target"));
        if (!FundScope.contains(target.fundUnitPath())) {
            throw new UserFacingException("ledger.error.target");
        }
        return target;
    }

    private List<Pool> validPools(Purpose purpose, DisbursementTarget target) {
        String subtree = FundScope.subtreePath();
        if (target == null) {
            return pools.candidates(null, subtree, EnumSet.of(Pool.Kind.GENERAL, Pool.Kind.PROGRAMME), null, null,
                    null);
        }
        List<Long> unitAndAbove = Arrays.stream(target.fundUnitPath().split("/")).filter(part -> !part.isEmpty())
                .map(Long::valueOf).toList();
        return switch (purpose) {
            case PROJECT -> pools.candidates(unitAndAbove, subtree, target.programme() == null
                            ? EnumSet.of(Pool.Kind.GENERAL) : EnumSet.of(Pool.Kind.GENERAL, Pool.Kind.PROGRAMME),
                    target.programme(), target.projectId(), null);
            case SPONSORED_CHILD -> pools.candidates(unitAndAbove, subtree, EnumSet.of(Pool.Kind.GENERAL), null, null,
                    target.sponsorshipPledgeId());
            case SUPPORT_CASE, GENERAL -> pools.candidates(unitAndAbove, subtree,
                    EnumSet.of(Pool.Kind.GENERAL, Pool.Kind.PROGRAMME), null, null, null);
        };
    }

    /** Every limit the form shows, again, for a crafted client. */
    static void checked(DisbursementEntry entry) {
        List<UserFacingException> problems = problems(entry);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    /** All that is wrong with an entry, for a form to mark every field at once. */
    static List<UserFacingException> problems(DisbursementEntry entry) {
        List<UserFacingException> problems = new ArrayList<>();
        if (entry.purpose() == null) {
            problems.add(new UserFacingException("ledger.error.purpose"));
        }
        if (entry.amount() == null || !entry.amount().isPositive() || entry.amount().isGreaterThan(Money.MAX_PLEDGE)) {
            problems.add(new UserFacingException("ledger.error.amount"));
        }
        LocalDate today = VietnamTime.today();
        if (entry.paidOn() == null || entry.paidOn().isAfter(today)
                || entry.paidOn().isBefore(today.minusYears(DisbursementEntry.YEARS_BACK))) {
            problems.add(new UserFacingException("ledger.error.date", DisbursementEntry.YEARS_BACK));
        }
        String description = entry.description() == null ? "" : entry.description().strip();
        if (description.length() > DisbursementEntry.DESCRIPTION_LIMIT
                || description.chars().anyMatch(Character::isISOControl)
                || (entry.purpose() == Purpose.GENERAL && description.isEmpty())) {
            problems.add(new UserFacingException("ledger.error.description", DisbursementEntry.DESCRIPTION_LIMIT));
        }
        if (entry.documents().size() > DisbursementEntry.DOCUMENTS_LIMIT) {
            problems.add(new UserFacingException("ledger.error.documents", DisbursementEntry.DOCUMENTS_LIMIT));
        }
        return problems;
    }

    private static String cut(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String describe(DisbursementSummary d) {
        return "Disbursement[" + d.purpose() + ", pool=" + d.poolId() + ", amount=" + d.amount().amount()
                + ", paidOn=" + d.paidOn() + ", status=" + d.status() + ", description=" + d.descriptionVi()
                + (d.decisionNote() == null ? "" : ", note=" + d.decisionNote()) + "]";
    }

    private static DisbursementSummary summary(ResultSet row, int number) throws SQLException {
        return new DisbursementSummary(row.getLong("id"), row.getLong("fund_unit_id"), row.getString("unit_name"),
                Purpose.valueOf(row.getString("purpose")), row.getLong("pool_id"),
                Pool.Kind.valueOf(row.getString("pool_kind")), row.getString("description_vi"),
                row.getString("description_en"), row.getString("public_path"), Money.vnd(row.getLong("amount")),
                Money.vnd(row.getLong("allocated")), row.getObject("paid_on", LocalDate.class),
                DisbursementStatus.valueOf(row.getString("status")), row.getString("requested_by"),
                instant(row.getObject("requested_at", LocalDateTime.class)), row.getString("decided_by"),
                instant(row.getObject("decided_at", LocalDateTime.class)), row.getString("decision_note"),
                row.getInt("documents"));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
