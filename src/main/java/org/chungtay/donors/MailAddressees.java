package org.chungtay.donors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail addressees of many donors in two queries, for a statement's thousands of thank-yous: the donors
 * with their survivors (merges are kept one step deep), then the organisations' contacts in their order.
 */
@Component
class MailAddressees {

    private final JdbcClient jdbc;

    MailAddressees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By the id asked for; a donor without an address to write to, or unknown, is absent. */
    Map<Long, MailAddressee> of(Collection<Long> donorIds) {
        Map<Long, MailAddressee> found = new HashMap<>();
        if (donorIds.isEmpty()) {
            return found;
        }
        record Row(long asked, long id, DonorType kind, String name, String email, String language) {
        }
        List<Row> rows = jdbc.sql("SELECT d.id AS asked, s.id, s.kind, s.name, s.email, s.preferred_language"
                        + " FROM donor d JOIN donor s ON s.id = COALESCE(d.merged_into_id, d.id) WHERE d.id IN (:ids)")
                .param("ids", donorIds)
                .query((row, number) -> new Row(row.getLong("asked"), row.getLong("id"),
                        DonorType.valueOf(row.getString("kind")), row.getString("name"), row.getString("email"),
                        row.getString("preferred_language")))
                .list();
        List<Long> organisations = rows.stream().filter(row -> row.kind() == DonorType.ORGANISATION)
                .map(Row::id).distinct().toList();
        Map<Long, String> contactEmails = new HashMap<>();
        if (!organisations.isEmpty()) {
            jdbc.sql("SELECT donor_id, email FROM donor_contact WHERE donor_id IN (:ids) AND email IS NOT NULL"
                            + " ORDER BY donor_id, sort_order")
                    .param("ids", organisations)
                    .query(row -> {
                        contactEmails.putIfAbsent(row.getLong("donor_id"), row.getString("email"));
                    });
        }
        for (Row row : rows) {
            String email = row.kind() == DonorType.ORGANISATION ? contactEmails.get(row.id()) : row.email();
            if (email != null && !email.isBlank()) {
                found.put(row.asked(), new MailAddressee(row.id(), row.name(), email, row.language()));
            }
        }
        return found;
    }
}
