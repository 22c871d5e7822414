package org.chungtay.donors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.chungtay.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The donor list, filtered and paged in the database. Every word of the query must occur in the
 * normalised search text ({@code LIKE '%word%'}, so "lak" finds "Đắk Lắk" and "600999" a tax code);
 * merged records are left out; the scope is the caller's subtree path.
 */
@Component
class DonorSearch {

    /** More words than this add nothing but work; the rest are ignored. */
    static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;

    DonorSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DonorSummary> page(String scopePath, DonorQuery query, int offset, int limit) {
        Where where = where(scopePath, query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT id, public_id, kind, name, tax_code, email, address, fund_unit_id FROM donor"
                        + where.sql() + " ORDER BY name, id LIMIT ? OFFSET ?")
                .params(params)
                .query((row, number) -> new DonorSummary(row.getLong("id"), UUID.fromString(row.getString("public_id")),
                        DonorType.valueOf(row.getString("kind")), row.getString("name"), row.getString("tax_code"),
                        row.getString("email"), row.getString("address"), row.getLong("fund_unit_id"), null))
                .list();
    }

    long count(String scopePath, DonorQuery query) {
        Where where = where(scopePath, query);
        return jdbc.sql("SELECT COUNT(*) FROM donor" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private static Where where(String scopePath, DonorQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE merged_into_id IS NULL AND fund_unit_path LIKE ?");
        List<Object> params = new ArrayList<>();
        params.add(scopePath + "%");
        if (query.type() != null) {
            sql.append(" AND kind = ?");
            params.add(query.type().name());
        }
        for (String word : words(query.text())) {
            sql.append(" AND search_text LIKE ? ESCAPE '!'");
            params.add("%" + escapeLike(word) + "%");
        }
        return new Where(sql.toString(), params);
    }

    /** The normalised words of a query, each once, at most {@value #MAX_WORDS}. */
    static List<String> words(String text) {
        String normalised = SearchText.normalise(text == null ? "" : text);
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private record Where(String sql, List<Object> params) {
    }
}
