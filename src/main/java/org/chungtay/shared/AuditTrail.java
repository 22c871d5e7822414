package org.chungtay.shared;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what, and when: one insert-only row per change to users, fund units, money, consent,
 * children and templates. Written in the transaction of the change itself, so neither exists
 * without the other.
 */
@Component
public class AuditTrail {

    private static final int STATE_LIMIT = 2000;
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String action, String before, String after) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, subject_type, subject_id, action, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Instant.now(), FundScope.actorName(), subjectType, subjectId, action,
                        truncate(before), truncate(after))
                .update();
    }

    /** Everything recorded about one subject, oldest first; callers check that the reader may see it. */
    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(String subjectType, long subjectId) {
        return jdbc.sql("""
                SELECT occurred_at, actor, action, before_state, after_state FROM audit_event
                WHERE subject_type = ? AND subject_id = ? ORDER BY occurred_at, id""")
                .params(subjectType, subjectId)
                .query((row, number) -> new AuditRecord(row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"), row.getString("action"), row.getString("before_state"),
                        row.getString("after_state")))
                .list();
    }

    /** One recorded change. */
    public record AuditRecord(Instant occurredAt, String actor, String action, String before, String after) {
    }

    private static String truncate(String state) {
        return state == null || state.length() <= STATE_LIMIT ? state : state.substring(0, STATE_LIMIT);
    }
}
