package org.chungtay.children;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Picture;
import org.chungtay.shared.SearchText;
import org.chungtay.shared.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children's tables, read and written in SQL. Callers (the module's services) check who asks; this class
 * only keeps every list to a subtree and builds pseudonyms, whose sharing it computes when read.
 */
@Component
class ChildStore {

    private static final String COLUMNS = "id, code, full_name, given_name, birth_date, gender, commune_id,"
            + " fund_unit_path, category, guardian_name, guardian_relation, guardian_phone, notes, registered_at";

    private final JdbcClient jdbc;
    private final FundUnitService fundUnits;

    ChildStore(JdbcClient jdbc, FundUnitService fundUnits) {
        this.jdbc = jdbc;
        this.fundUnits = fundUnits;
    }

    record Row(long id, String code, ChildEntry entry, String path, Instant registeredAt) {
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM child WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    long insert(String code, ChildEntry entry, String path, Instant now) {
        jdbc.sql("""
                INSERT INTO child (code, full_name, given_name, search_text, birth_date, gender, commune_id, fund_unit_path,
                  category, guardian_name, guardian_relation, guardian_phone, notes, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, entry.fullName(), entry.givenName(), searchText(code, entry), entry.birthDate(),
                        entry.gender().name(), entry.communeId(), path, entry.category().name(), entry.guardianName(),
                        entry.guardianRelation(), phone(entry), entry.notes(), now)
                .update();
        return jdbc.sql("SELECT id FROM child WHERE code = ?").param(code).query(Long.class).single();
    }

    void update(long id, String code, ChildEntry entry, String path) {
        jdbc.sql("""
                UPDATE child SET full_name = ?, given_name = ?, search_text = ?, birth_date = ?, gender = ?, commune_id = ?,
                  fund_unit_path = ?, category = ?, guardian_name = ?, guardian_relation = ?, guardian_phone = ?, notes = ?
                WHERE id = ?""")
                .params(entry.fullName(), entry.givenName(), searchText(code, entry), entry.birthDate(),
                        entry.gender().name(), entry.communeId(), path, entry.category().name(), entry.guardianName(),
                        entry.guardianRelation(), phone(entry), entry.notes(), id)
                .update();
        // A sponsorship's months follow the child to its commune, and with it who records and is told.
        jdbc.sql("UPDATE sponsorship SET fund_unit_path = ? WHERE child_id = ?").params(path, id).update();
        jdbc.sql("""
                UPDATE sponsorship_month SET fund_unit_path = ?
                WHERE sponsorship_id IN (SELECT id FROM sponsorship WHERE child_id = ?)""").params(path, id).update();
    }

    Optional<Row> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child WHERE code = ?").param(code).query(ChildStore::row).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM child WHERE id = ?").param(id).query(ChildStore::row).optional();
    }

    List<Row> page(String text, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM child WHERE " + where
                        + " ORDER BY search_text, id LIMIT :limit OFFSET :offset")
                .params(params).query(ChildStore::row).list();
    }

    long count(String text) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM child WHERE " + where(text, params)).params(params)
                .query(Long.class).single();
    }

    /** Within the caller's subtree; every word of the text in the code or the full name, accents ignored. */
    private static String where(String text, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("fund_unit_path LIKE :scope");
        params.put("scope", FundScope.subtreePath() + "%");
        String normalised = text == null ? "" : SearchText.normalise(text);
        if (!normalised.isEmpty()) {
            String[] words = normalised.split(" ");
            for (int i = 0; i < words.length && i < 8; i++) {
                where.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '!'");
                params.put("w" + i, "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        return where.toString();
    }

    // ------------------------------------------------------------------ consents

    List<ConsentRecord> consents(long childId) {
        return consents(List.of(childId)).getOrDefault(childId, List.of());
    }

    Map<Long, List<ConsentRecord>> consents(Collection<Long> childIds) {
        Map<Long, List<ConsentRecord>> byChild = new HashMap<>();
        if (childIds.isEmpty()) {
            return byChild;
        }
        jdbc.sql("""
                SELECT id, child_id, party, action, given_on, share_given_name, share_photo, share_notes, recorded_at,
                  recorded_by FROM child_consent WHERE child_id IN (:ids) ORDER BY id""")
                .param("ids", childIds)
                .query((row, n) -> byChild.computeIfAbsent(row.getLong("child_id"), id -> new ArrayList<>())
                        .add(new ConsentRecord(row.getLong("id"), ConsentParty.valueOf(row.getString("party")),
                                "WITHDRAWN".equals(row.getString("action")), row.getObject("given_on", LocalDate.class),
                                new Sharing(row.getBoolean("share_given_name"), row.getBoolean("share_photo"),
                                        row.getBoolean("share_notes")),
                                row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"))))
                .list();
        return byChild;
    }

    void insertConsent(long childId, ConsentParty party, boolean withdrawn, LocalDate on, Sharing sharing, Instant now) {
        jdbc.sql("""
                INSERT INTO child_consent (child_id, party, action, given_on, share_given_name, share_photo, share_notes,
                  recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, party.name(), withdrawn ? "WITHDRAWN" : "GRANTED", on, sharing.givenName(),
                        sharing.photo(), sharing.notes(), now, FundScope.actorName())
                .update();
    }

    // ------------------------------------------------------------------ notes

    void insertNote(long childId, LocalDate writtenOn, String text, boolean shareable, Picture photo, Instant now) {
        jdbc.sql("""
                INSERT INTO child_note (child_id, written_on, body, shareable, photo_type, photo, written_at, written_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, writtenOn, text, shareable, photo == null ? null : photo.contentType(),
                        photo == null ? null : photo.bytes(), now, FundScope.actorName())
                .update();
    }

    List<ProgressNote> notes(long childId) {
        return jdbc.sql("""
                SELECT id, written_on, body, shareable, photo_type, written_at, written_by FROM child_note
                WHERE child_id = ? ORDER BY written_on DESC, id DESC""")
                .param(childId)
                .query((row, n) -> new ProgressNote(row.getLong("id"), row.getObject("written_on", LocalDate.class),
                        row.getString("body"), row.getBoolean("shareable"), row.getString("photo_type") != null,
                        row.getTimestamp("written_at").toInstant(), row.getString("written_by")))
                .list();
    }

    /** The child a note belongs to, with whether it is shareable. */
    Optional<long[]> noteOwner(long noteId) {
        return jdbc.sql("SELECT child_id, shareable FROM child_note WHERE id = ?").param(noteId)
                .query((row, n) -> new long[] {row.getLong("child_id"), row.getBoolean("shareable") ? 1 : 0})
                .optional();
    }

    Optional<Picture> photo(long noteId) {
        return jdbc.sql("SELECT photo_type, photo FROM child_note WHERE id = ? AND photo IS NOT NULL").param(noteId)
                .query((row, n) -> new Picture(row.getString("photo_type"), row.getBytes("photo")))
                .optional();
    }

    // ------------------------------------------------------------------ pseudonyms

    Sharing sharing(Row child) {
        return ConsentRules.current(consents(child.id()), child.entry().birthDate(), VietnamTime.today());
    }

    /** The pseudonyms of these children, whoever's subtree they are in: callers check. */
    Map<Long, Pseudonym> pseudonyms(Collection<Long> childIds) {
        Map<Long, Pseudonym> pseudonyms = new HashMap<>();
        if (childIds.isEmpty()) {
            return pseudonyms;
        }
        Map<Long, List<ConsentRecord>> consents = consents(childIds);
        Map<Long, String> communes = new HashMap<>();
        LocalDate today = VietnamTime.today();
        jdbc.sql("SELECT id, code, given_name, birth_date, commune_id FROM child WHERE id IN (:ids)")
                .param("ids", childIds)
                .query((row, n) -> {
                    long id = row.getLong("id");
                    LocalDate birthDate = row.getObject("birth_date", LocalDate.class);
                    String givenName = row.getString("given_name");
                    Sharing sharing = ConsentRules.current(consents.getOrDefault(id, List.of()), birthDate, today);
                    String commune = communes.computeIfAbsent(row.getLong("commune_id"), this::communeName);
                    return pseudonyms.put(id, new Pseudonym(id, row.getString("code"), Pseudonym.initialOf(givenName),
                            birthDate.getYear(), commune, sharing.givenName() ? givenName : null));
                })
                .list();
        return pseudonyms;
    }

    Pseudonym pseudonym(long childId) {
        return pseudonyms(List.of(childId)).get(childId);
    }

    String communeName(long communeId) {
        return fundUnits.findPublic(communeId).map(unit -> unit.name()).orElse("");
    }

    /**
     * Ids of the caller's subtree's children (or, with {@code sponsored}, of their sponsorships) whose code contains
     * the text or whose commune is one of these, at most {@code limit}.
     */
    List<Long> searchIds(boolean sponsored, String text, Collection<Long> communeIds, int limit) {
        String code = "%" + (text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT))
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String communes = communeIds.isEmpty() ? "" : " OR c.commune_id IN (:communes)";
        var query = jdbc.sql((sponsored
                        ? "SELECT s.id FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE s.fund_unit_path LIKE :scope"
                        : "SELECT c.id FROM child c WHERE c.fund_unit_path LIKE :scope")
                        + " AND (c.code LIKE :code ESCAPE '!'" + communes + ") ORDER BY c.code LIMIT :limit")
                .param("scope", FundScope.subtreePath() + "%").param("code", code).param("limit", Math.max(0, limit));
        if (!communeIds.isEmpty()) {
            query = query.param("communes", communeIds);
        }
        return query.query(Long.class).list();
    }

    private static String searchText(String code, ChildEntry entry) {
        String text = SearchText.normalise(entry.fullName() + " " + code);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String phone(ChildEntry entry) {
        return entry.guardianPhone() == null ? null : entry.guardianPhone().value();
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        String phone = row.getString("guardian_phone");
        ChildEntry entry = new ChildEntry(row.getString("full_name"), row.getString("given_name"),
                row.getObject("birth_date", LocalDate.class), Gender.valueOf(row.getString("gender")),
                row.getLong("commune_id"), CircumstanceCategory.valueOf(row.getString("category")),
                row.getString("guardian_name"), row.getString("guardian_relation"),
                phone == null ? null : new PhoneNumber(phone), row.getString("notes"));
        return new Row(row.getLong("id"), row.getString("code"), entry, row.getString("fund_unit_path"),
                row.getTimestamp("registered_at").toInstant());
    }
}
