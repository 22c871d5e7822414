package org.chungtay.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.chungtay.shared.Money;

/** The public figures of what projects received and spent, for the projects' pages and lists. */
@Service
public class Funding {

    private final JdbcClient jdbc;

    Funding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's figures; a project nobody gave to yet has {@link ProjectFunding#NONE}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ProjectFunding ofProject(long projectId) {
        return ofProjects(List.of(projectId)).getOrDefault(projectId, ProjectFunding.NONE);
    }

    /** The figures of each of these projects that received or spent anything. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, ProjectFunding> ofProjects(Collection<Long> projectIds) {
        Map<Long, ProjectFunding> figures = new HashMap<>();
        if (projectIds.isEmpty()) {
            return figures;
        }
        jdbc.sql("""
                SELECT project_id, SUM(received) AS received FROM ledger_pool
                WHERE kind = 'PROJECT' AND project_id IN (:ids) GROUP BY project_id""")
                .param("ids", projectIds)
                .query((row, n) -> figures.put(row.getLong("project_id"),
                        new ProjectFunding(Money.vnd(row.getLong("received")), Money.ZERO)))
                .list();
        jdbc.sql("""
                SELECT project_id, SUM(amount) AS paid FROM disbursement
                WHERE status = 'PAID' AND project_id IN (:ids) GROUP BY project_id""")
                .param("ids", projectIds)
                .query((row, n) -> figures.merge(row.getLong("project_id"),
                        new ProjectFunding(Money.ZERO, Money.vnd(row.getLong("paid"))),
                        (had, paid) -> new ProjectFunding(had.received(), paid.paidOut())))
                .list();
        return figures;
    }
}
