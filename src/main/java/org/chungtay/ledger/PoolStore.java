package org.chungtay.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pools' rows. A pool's sums change only while its row is locked ({@link #lock(Collection)}), and every
 * piece of work that locks several locks them in id order, so that two nodes never deadlock on them.
 */
@Component
class PoolStore {

    private static final String COLUMNS = "p.id, p.kind, p.fund_unit_id, p.fund_unit_path, u.name AS unit_name,"
            + " p.programme, p.project_id, p.pledge_id, p.received, p.committed FROM ledger_pool p"
            + " JOIN fund_unit u ON u.id = p.fund_unit_id ";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    PoolStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** A pool as it is found by its key, made the first time money arrives for its purpose. */
    record Spec(String key, Pool.Kind kind, long fundUnitId, String fundUnitPath, Programme programme,
            Long projectId, Long pledgeId) {

        static Spec of(Designation designation, Long pledgeId, long unitId, String unitPath) {
            return switch (designation.kind()) {
                case GENERAL -> general(unitId, unitPath);
                case PROGRAMME -> new Spec("P:" + unitId + ":" + designation.programme().name(), Pool.Kind.PROGRAMME,
                        unitId, unitPath, designation.programme(), null, null);
                case PROJECT -> project(designation.projectId(), designation.programme(),
                        designation.projectUnitId() == null ? unitId : designation.projectUnitId(),
                        designation.projectUnitPath() == null ? unitPath : designation.projectUnitPath());
                case SPONSORSHIP -> new Spec("S:" + designation.sponsorshipPledgeId(), Pool.Kind.SPONSORSHIP, unitId,
                        unitPath, null, null, designation.sponsorshipPledgeId());
            };
        }

        static Spec general(long unitId, String unitPath) {
            return new Spec("G:" + unitId, Pool.Kind.GENERAL, unitId, unitPath, null, null, null);
        }

        static Spec project(long projectId, Programme programme, long unitId, String unitPath) {
            return new Spec("J:" + projectId, Pool.Kind.PROJECT, unitId, unitPath, programme, projectId, null);
        }
    }

    /**
     * The ids of the pools of these specs, by key. A missing one is made in a short transaction of its own,
     * committed at once, so that making it never holds a lock of the unique key that the caller's work, or
     * another node's, then waits on.
     */
    Map<String, Long> ensure(Collection<Spec> specs) {
        Map<String, Spec> byKey = new HashMap<>();
        specs.forEach(spec -> byKey.putIfAbsent(spec.key(), spec));
        Map<String, Long> ids = idsOf(byKey.keySet());
        if (ids.size() < byKey.size()) {
            ownTransaction.executeWithoutResult(status -> byKey.values().stream()
                    .filter(spec -> !ids.containsKey(spec.key()))
                    .sorted(java.util.Comparator.comparing(Spec::key))
                    .forEach(spec -> jdbc.sql("""
                            INSERT IGNORE INTO ledger_pool (pool_key, kind, fund_unit_id, fund_unit_path, programme,
                              project_id, pledge_id, received, committed)
                            VALUES (:key, :kind, :unit, :path, :programme, :project, :pledge, 0, 0)""")
                            .param("key", spec.key()).param("kind", spec.kind().name())
                            .param("unit", spec.fundUnitId()).param("path", spec.fundUnitPath())
                            .param("programme", spec.programme() == null ? null : spec.programme().name())
                            .param("project", spec.projectId()).param("pledge", spec.pledgeId())
                            .update()));
            ids.putAll(idsOf(byKey.keySet()));
        }
        return ids;
    }

    private Map<String, Long> idsOf(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT id, pool_key FROM ledger_pool WHERE pool_key IN (:keys)").param("keys", keys)
                    .query(row -> {
                        ids.put(row.getString("pool_key"), row.getLong("id"));
                    });
        }
        return ids;
    }

    /** Locks these pools' rows for the rest of the transaction, in id order. */
    void lock(Collection<Long> poolIds) {
        // Plain SQL: Hibernate's MySQL dialect writes FOR UPDATE OF, which MariaDB does not know.
        for (long id : new TreeSet<>(poolIds)) {
            jdbc.sql("SELECT id FROM ledger_pool WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        }
    }

    /** The pool, read after {@link #lock(Collection)} (then its sums stay as read until the commit). */
    Pool get(long poolId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE p.id = :id").param("id", poolId).query(PoolStore::pool)
                .optional().orElseThrow(() -> new org.chungtay.shared.UserFacingException("ledger.error.pool"));
    }

    void changeReceived(long poolId, long delta) {
        jdbc.sql("UPDATE ledger_pool SET received = received + :delta WHERE id = :id")
                .param("delta", delta).param("id", poolId).update();
    }

    void changeCommitted(long poolId, long delta) {
        jdbc.sql("UPDATE ledger_pool SET committed = committed + :delta WHERE id = :id")
                .param("delta", delta).param("id", poolId).update();
    }

    /**
     * The pools of these units (a target's unit and the units above it; null for any unit) within the subtree that
     * may pay a target: of the kinds asked for, and the project's or the sponsorship's own pool; designated pools
     * first, then the nearest unit's.
     */
    List<Pool> candidates(Collection<Long> unitIds, String subtree, Collection<Pool.Kind> kinds, Programme programme,
            Long projectId, Long pledgeId) {
        // Conditions written only when they apply: H2 (the zero-setup demo) cannot type a bare "? IS NULL".
        String units = unitIds == null ? "TRUE" : "p.fund_unit_id IN (:units)";
        String programmes = programme == null ? "TRUE" : "(p.kind <> 'PROGRAMME' OR p.programme = :programme)";
        // A project's or a sponsorship's own pool is offered to whoever may pay the target, wherever the pool is
        // kept (a sponsorship's at the unit of the pledge's campaign, which may be above the child's commune): it
        // is that target's money. Pools of a unit are offered only within the caller's subtree.
        var query = jdbc.sql("SELECT " + COLUMNS + " WHERE "
                        + "(p.fund_unit_path LIKE :subtree AND " + units + " AND p.kind IN (:kinds) AND " + programmes + ")"
                        + " OR (p.kind = 'PROJECT' AND p.project_id = :project)"
                        + " OR (p.kind = 'SPONSORSHIP' AND p.pledge_id = :pledge)"
                        + " ORDER BY p.kind DESC, p.fund_unit_path DESC, p.programme, p.id")
                .param("subtree", subtree + "%")
                .param("kinds", kinds.isEmpty() ? List.of("NONE") : kinds.stream().map(Enum::name).toList())
                .param("project", projectId == null ? -1L : projectId)
                .param("pledge", pledgeId == null ? -1L : pledgeId);
        if (unitIds != null) {
            query = query.param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        }
        if (programme != null) {
            query = query.param("programme", programme.name());
        }
        return query
                .query(PoolStore::pool).list();
    }

    private static Pool pool(ResultSet row, int number) throws SQLException {
        String programme = row.getString("programme");
        return new Pool(row.getLong("id"), Pool.Kind.valueOf(row.getString("kind")), row.getLong("fund_unit_id"),
                row.getString("fund_unit_path"), row.getString("unit_name"),
                programme == null ? null : Programme.valueOf(programme), row.getObject("project_id", Long.class),
                row.getObject("pledge_id", Long.class), Money.vnd(row.getLong("received")),
                Money.vnd(row.getLong("committed")));
    }
}
