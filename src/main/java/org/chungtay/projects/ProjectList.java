package org.chungtay.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff list a page at a time: filtered, ordered and cut in SQL. The target is summed from the budget lines
 * in the same query.
 */
@Component
class ProjectList {

    private final JdbcClient jdbc;

    ProjectList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; ties by id, so that pages never overlap. */
    List<ProjectSummary> page(String subtreePath, ProjectFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtreePath, filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT p.id, p.slug, p.programme, p.status, p.fund_unit_id, p.title_vi, p.title_en,"
                        + " (SELECT COALESCE(SUM(l.amount), 0) FROM project_budget_line l WHERE l.project_id = p.id)"
                        + " AS target FROM project p WHERE " + where
                        + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((row, n) -> new ProjectSummary(row.getLong("id"), row.getString("slug"),
                        Programme.valueOf(row.getString("programme")), ProjectStatus.valueOf(row.getString("status")),
                        row.getLong("fund_unit_id"), row.getString("title_vi"), row.getString("title_en"),
                        Money.vnd(row.getLong("target"))))
                .list();
    }

    long count(String subtreePath, ProjectFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM project p WHERE " + where(subtreePath, filter, params))
                .params(params).query(Long.class).single();
    }

    private static String where(String subtreePath, ProjectFilter filter, Map<String, Object> params) {
        // Paths are digits and slashes, so they need no LIKE escaping.
        StringBuilder where = new StringBuilder("p.fund_unit_path LIKE :scope");
        params.put("scope", subtreePath + "%");
        if (filter.programme() != null) {
            where.append(" AND p.programme = :programme");
            params.put("programme", filter.programme().name());
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status().name());
        }
        String search = filter.search() == null ? "" : SearchText.normalise(filter.search());
        int n = 0;
        for (String word : search.split(" ")) {
            if (!word.isEmpty() && n < 5) {
                where.append(" AND p.search_text LIKE :word").append(n);
                params.put("word" + n, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                n++;
            }
        }
        return where.toString();
    }
}
