package org.chungtay.pledges;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff pipeline, a page at a time: filtered, ordered and cut in SQL, so that a subtree with
 * a hundred thousand pledges opens as fast as one with ten (see bench/pledge-list.sh). Reads
 * summary columns only, never the instalments. Timestamps are UTC, as Hibernate writes them.
 */
@Component
class PledgeList {

    private static final String COLUMNS = "id, reference, campaign_id, fund_unit_id, kind, total, status, donor_name,"
            + " tax_code, donor_claim_id, created_at";

    private final JdbcClient jdbc;

    PledgeList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; ties by id, so that pages never overlap. */
    List<PledgeSummary> page(String subtreePath, PledgeFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtreePath, filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM pledge WHERE " + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((row, number) -> new PledgeSummary(row.getLong("id"), row.getString("reference"),
                        row.getLong("campaign_id"), row.getLong("fund_unit_id"), PledgeKind.valueOf(row.getString("kind")),
                        Money.vnd(row.getLong("total")), PledgeStatus.valueOf(row.getString("status")),
                        row.getString("donor_name"), row.getString("tax_code"), row.getObject("donor_claim_id") != null,
                        row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    long count(String subtreePath, PledgeFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM pledge WHERE " + where(subtreePath, filter, params))
                .params(params).query(Long.class).single();
    }

    private static String where(String subtreePath, PledgeFilter filter, Map<String, Object> params) {
        // Paths are digits and slashes, so they need no LIKE escaping.
        StringBuilder where = new StringBuilder("fund_unit_path LIKE :scope");
        params.put("scope", subtreePath + "%");
        if (filter.campaignId() != null) {
            where.append(" AND campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" AND kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.fundUnitId() != null) {
            where.append(" AND fund_unit_id = :unit");
            params.put("unit", filter.fundUnitId());
        }
        return where.toString();
    }
}
