package org.chungtay.communications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chungtay.shared.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery log's reads, in plain SQL paged in the database, newest first. A search is scoped to a fund
 * unit subtree through the messages' {@code fund_unit_id} and the units' materialised paths; a message
 * without a unit is the root unit's, so only a scope of the whole tree sees it. The indexes of V0145 (and
 * V0142's donor and campaign ones) serve each filter with the order.
 */
@Component
class DeliveryLogStore {

    private static final String ROW = """
            SELECT m.id, m.created_at, m.recipient, m.kind, m.subject, m.status, m.attempts, m.sent_at
            FROM email_message m""";

    private final JdbcClient jdbc;

    DeliveryLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoggedMail> page(MailScope scope, DeliveryLogQuery query, int offset, int limit) {
        Where where = where(scope, query);
        return jdbc.sql(ROW + where.sql() + " ORDER BY m.created_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query((row, number) -> new LoggedMail(row.getLong("id"), instant(row, "created_at"),
                        row.getString("recipient"), kind(row.getString("kind")), row.getString("subject"),
                        MailStatus.valueOf(row.getString("status")), row.getInt("attempts"), instant(row, "sent_at")))
                .list();
    }

    long count(MailScope scope, DeliveryLogQuery query) {
        Where where = where(scope, query);
        return jdbc.sql("SELECT COUNT(*) FROM email_message m" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** One message of the scope, with what the log shows of it; empty if there is none in the scope. */
    Optional<Found> find(MailScope scope, long id) {
        Where where = scope(scope).and("m.id = :id", "id", id);
        return jdbc.sql("""
                SELECT m.id, m.kind, m.category, m.recipient, m.subject, m.message_id, m.created_at, m.sent_at, m.attempts,
                  m.status, m.last_error, m.body_html, m.body_text, m.donor_id FROM email_message m""" + where.sql())
                .params(where.params())
                .query((row, number) -> new Found(row.getLong("id"), kind(row.getString("kind")),
                        MessageCategory.valueOf(row.getString("category")), row.getString("recipient"),
                        row.getString("subject"), row.getString("message_id"), instant(row, "created_at"),
                        instant(row, "sent_at"), row.getInt("attempts"), MailStatus.valueOf(row.getString("status")),
                        row.getString("last_error"), row.getString("body_html"), row.getString("body_text"),
                        (Long) row.getObject("donor_id", Long.class)))
                .optional();
    }

    /** The files of a message, without their content; a receipt's PDF, made when it is sent, has size 0 here. */
    List<SentMail.Attachment> attachments(long messageId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, COALESCE(LENGTH(content), 0) AS size FROM email_attachment
                WHERE message_id = :message ORDER BY id""")
                .param("message", messageId)
                .query((row, number) -> new SentMail.Attachment(row.getLong("id"), row.getString("file_name"),
                        row.getString("content_type"), row.getLong("size")))
                .list();
    }

    /** Every file of a message as it is kept (a receipt's PDF by its receipt), as a copy of it is sent. */
    List<MailAttachment> files(long messageId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content, receipt_id FROM email_attachment WHERE message_id = :message
                ORDER BY id""")
                .param("message", messageId)
                .query((row, number) -> OutboxStore.attachment(row))
                .list();
    }

    /** One file of a message. */
    Optional<MailAttachment> file(long messageId, long attachmentId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content, receipt_id FROM email_attachment
                WHERE message_id = :message AND id = :id""")
                .param("message", messageId).param("id", attachmentId)
                .query((row, number) -> OutboxStore.attachment(row))
                .optional();
    }

    private static Where where(MailScope scope, DeliveryLogQuery query) {
        Where where = scope(scope);
        if (query.donorId() != null) {
            where.and("m.donor_id = :donor", "donor", query.donorId());
        }
        if (query.recipient() != null) {
            // A prefix, so that the index on the address serves it; LIKE's wildcards in the text match themselves.
            String prefix = query.recipient().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            where.and("m.recipient LIKE :recipient", "recipient", prefix + "%");
        }
        if (query.campaignId() != null) {
            where.and("m.campaign_id = :campaign", "campaign", query.campaignId());
        }
        if (query.kind() != null) {
            where.and("m.kind = :kind", "kind", query.kind().name());
        }
        if (query.status() != null) {
            where.and("m.status = :status", "status", query.status().name());
        }
        if (query.from() != null) {
            where.and("m.created_at >= :from", "from", startOf(query.from()));
        }
        if (query.to() != null) {
            where.and("m.created_at < :to", "to", startOf(query.to().plusDays(1)));
        }
        return where;
    }

    private static Where scope(MailScope scope) {
        Where where = new Where();
        if (!scope.wholeTree()) {
            where.and("m.fund_unit_id IN (SELECT u.id FROM fund_unit u WHERE u.path LIKE :subtree)", "subtree",
                    scope.subtreePath() + "%");
        }
        return where;
    }

    /** The start of a Vietnam day as the UTC wall-clock time the table stores. */
    private static LocalDateTime startOf(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(VietnamTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static MessageKind kind(String name) {
        return name == null ? null : MessageKind.valueOf(name);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** A message as the store finds it, before the service decides what of it the reader may see. */
    record Found(long id, MessageKind kind, MessageCategory category, String recipient, String subject,
            String messageId, Instant createdAt, Instant sentAt, int attempts, MailStatus status, String lastError,
            String bodyHtml, String bodyText, Long donorId) {
    }

    /** Conditions joined by AND, with their named parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where and(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Map<String, Object> params() {
            return params;
        }
    }
}
