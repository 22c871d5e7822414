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

    /** Up to this many matches, a page is sorted from the matches rather than read in name order. */
    static final int FEW = 1_000;

    private static final String LIVE = "merged_into_id IS NULL";

    private final JdbcClient jdbc;

    DonorSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page in name order. Read along the name index, a page of words that match many donors ends
     * quickly; for words that match few, the same walk would look up every donor in scope. So the
     * matches of a search are first collected from the (path, search text) index alone, and if there
     * are at most {@value #FEW} of them, the page is taken from those.
     */
    List<DonorSummary> page(String scopePath, DonorQuery query, int offset, int limit) {
        if (!words(query.text()).isEmpty()) {
            // Without the merged_into_id condition, which would send the database down the name index.
            Where matching = new Where().and("fund_unit_path LIKE ?", scopePath + "%").matching(query);
            List<Long> ids = jdbc.sql("SELECT id FROM donor" + matching.sql() + " LIMIT " + (FEW + 1))
                    .params(matching.params()).query(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            if (ids.size() <= FEW) {
                return page(new Where().and(LIVE).and("id IN (" + String.join(", ", ids.stream().map(id -> "?")
                        .toList()) + ")", ids.toArray()), offset, limit);
            }
        }
        return page(inScope(scopePath).matching(query), offset, limit);
    }

    long count(String scopePath, DonorQuery query) {
        Where where = inScope(scopePath).matching(query);
        return jdbc.sql("SELECT COUNT(*) FROM donor" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private List<DonorSummary> page(Where where, int offset, int limit) {
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

    private static Where inScope(String scopePath) {
        return new Where().and(LIVE).and("fund_unit_path LIKE ?", scopePath + "%");
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

    /** Conditions joined with AND, and their parameters in order. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Where and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
            return this;
        }

        /** The type asked for, and every word of the query somewhere in the search text. */
        Where matching(DonorQuery query) {
            if (query.type() != null) {
                and("kind = ?", query.type().name());
            }
            for (String word : words(query.text())) {
                and("search_text LIKE ? ESCAPE '!'", "%" + escapeLike(word) + "%");
            }
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> params() {
            return params;
        }
    }
}
