package org.chungtay.projects;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chungtay.shared.Picture;
import org.chungtay.shared.ScannedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The progress updates of projects with their photos, and the scans of handover records: rows with pictures,
 * read apart from the project so that a project is never read with its blobs. A photo's public address is a
 * random 256-bit token, so that no photo of a donors-only update can be found by counting.
 */
@Component
class ProjectUpdates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ProjectUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long projectId, String textVi, String textEn, UpdateVisibility visibility, String author, Instant now,
            List<Picture> photos) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO project_update (project_id, text_vi, text_en, visibility, published_at, author)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(projectId, textVi, textEn, visibility.name(), Timestamp.from(now), author)
                .update(key, "id");
        long updateId = key.getKey().longValue();
        int position = 0;
        for (Picture photo : photos) {
            jdbc.sql("""
                    INSERT INTO project_photo (update_id, position, token, content_type, content)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(updateId, position++, newToken(), photo.contentType(), photo.bytes())
                    .update();
        }
        return updateId;
    }

    /** A project's updates, newest first: the public ones, and the donors-only ones too if asked. */
    List<ProjectUpdate> of(long projectId, boolean withDonorsOnly) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT id, text_vi, text_en, visibility, published_at, author FROM project_update"
                        + " WHERE project_id = :project" + (withDonorsOnly ? "" : " AND visibility = 'PUBLIC'")
                        + " ORDER BY published_at DESC, id DESC")
                .param("project", projectId)
                .query((row, n) -> rows.put(row.getLong("id"), new Row(row.getLong("id"), row.getString("text_vi"),
                        row.getString("text_en"), UpdateVisibility.valueOf(row.getString("visibility")),
                        row.getTimestamp("published_at").toInstant(), row.getString("author"), new ArrayList<>())))
                .list();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT update_id, token FROM project_photo WHERE update_id IN (:ids) ORDER BY update_id, position")
                    .param("ids", rows.keySet())
                    .query((row, n) -> rows.get(row.getLong("update_id")).tokens().add(row.getString("token")))
                    .list();
        }
        return rows.values().stream().map(row -> new ProjectUpdate(row.id(), row.textVi(), row.textEn(),
                row.visibility(), row.publishedAt(), row.author(), row.tokens())).toList();
    }

    /** A photo by its token, with the update's visibility and its project. */
    Optional<Photo> photo(String token) {
        return jdbc.sql("""
                SELECT u.project_id, u.visibility, f.content_type, f.content FROM project_photo f
                JOIN project_update u ON u.id = f.update_id WHERE f.token = ?""")
                .param(token)
                .query((row, n) -> new Photo(row.getLong("project_id"), UpdateVisibility.valueOf(row.getString("visibility")),
                        new Picture(row.getString("content_type"), row.getBytes("content"))))
                .optional();
    }

    void saveHandoverDocument(long projectId, ScannedDocument document, String by, Instant now) {
        jdbc.sql("DELETE FROM project_handover_document WHERE project_id = ?").param(projectId).update();
        jdbc.sql("""
                INSERT INTO project_handover_document (project_id, file_name, content_type, content, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(projectId, document.fileName(), document.contentType(), document.bytes(), by, Timestamp.from(now))
                .update();
    }

    boolean hasHandoverDocument(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM project_handover_document WHERE project_id = ?").param(projectId)
                .query(Long.class).single() > 0;
    }

    Optional<ScannedDocument> handoverDocument(long projectId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM project_handover_document WHERE project_id = ?")
                .param(projectId)
                .query((row, n) -> new ScannedDocument(row.getString("file_name"), row.getString("content_type"),
                        row.getBytes("content")))
                .optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Photo(long projectId, UpdateVisibility visibility, Picture picture) {
    }

    private record Row(long id, String textVi, String textEn, UpdateVisibility visibility, Instant publishedAt,
            String author, List<String> tokens) {
    }
}
