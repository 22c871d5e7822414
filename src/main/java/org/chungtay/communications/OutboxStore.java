package org.chungtay.communications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chungtay.communications.EmailMessage.FailureKind;
import org.chungtay.communications.EmailMessage.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's rows as delivery reads and writes them, in plain SQL that runs on MySQL, MariaDB and H2 in
 * MySQL mode. Instants are stored as UTC wall-clock times, as Hibernate stores them
 * ({@code hibernate.jdbc.time_zone=UTC}). The caller owns the transactions: a claim is one short
 * transaction, a record of outcomes another, and nothing here runs while a message is on the wire.
 */
@Component
class OutboxStore {

    /** Longest SMTP reply kept per message. */
    static final int ERROR_LIMIT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    OutboxStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Inserts the message unless one with the same dedup key exists. Two transactions that insert the same key
     * at once end with one row and no error for either: the second waits for the first's row lock and then
     * finds a duplicate, whose error undoes only this statement and is not passed on. A plain insert, not
     * {@code INSERT … ON DUPLICATE KEY UPDATE}: that one locks the gap after the new key in the unique index
     * too, and transactions queueing neighbouring keys at once (a pledge's confirmation while an import's
     * thank-yous are queued) deadlocked on those gaps. Every column of {@link EmailMessage} that a new message
     * has is listed here.
     */
    void insert(EmailMessage message, String messageId, List<MailAttachment> attachments) {
        JdbcClient.StatementSpec insert = jdbc.sql("""
                INSERT INTO email_message (dedup_key, category, kind, recipient, language, subject, body_text, body_html,
                  status, attempts, next_attempt_at, created_at, message_id, donor_id, campaign_id, fund_unit_id,
                  list_unsubscribe)
                VALUES (:key, :category, :kind, :recipient, :language, :subject, :body, :html, 'QUEUED', 0, :due, :created,
                  :messageId, :donor, :campaign, :unit, :listUnsubscribe)""")
                .param("key", message.dedupKey(), Types.VARCHAR)
                .param("category", message.category().name())
                .param("kind", message.kind() == null ? null : message.kind().name(), Types.VARCHAR)
                .param("html", message.bodyHtml(), Types.VARCHAR)
                .param("recipient", message.recipient())
                .param("language", message.language())
                .param("subject", message.subject())
                .param("body", message.bodyText())
                .param("due", utc(message.nextAttemptAt()))
                .param("created", utc(message.createdAt()))
                .param("messageId", messageId)
                .param("donor", message.donorId(), Types.BIGINT)
                .param("campaign", message.campaignId(), Types.BIGINT)
                .param("unit", message.fundUnitId(), Types.BIGINT)
                .param("listUnsubscribe", message.listUnsubscribe(), Types.VARCHAR);
        try {
            insert.update();
        } catch (DuplicateKeyException queuedBefore) {
            return;
        }
        if (attachments.isEmpty()) {
            return;
        }
        if (message.dedupKey() == null) {
            throw new IllegalArgumentException("A message with attachments needs a dedup key");
        }
        jdbc.sql("SELECT id FROM email_message WHERE dedup_key = :key AND message_id = :messageId")
                .param("key", message.dedupKey()).param("messageId", messageId)
                .query(Long.class).optional()
                .ifPresent(id -> batches.batchUpdate("""
                        INSERT INTO email_attachment (message_id, file_name, content_type, content, receipt_id)
                        VALUES (?, ?, ?, ?, ?)""",
                        attachments, attachments.size(), (statement, file) -> {
                            statement.setLong(1, id);
                            statement.setString(2, file.fileName());
                            statement.setString(3, file.contentType());
                            statement.setBytes(4, file.content());
                            statement.setObject(5, file.receiptId(), Types.BIGINT);
                        }));
    }

    /**
     * Withdraws a queued message that no node is sending; see {@link Outbox#cancel(String)}. The message is found
     * by a plain read, then changed by its id: an update by a dedup key that does not exist would lock the gap
     * where that key would go in the unique index, and listeners that withdraw and queue at once deadlocked
     * each other, and the pledges queued meanwhile, on such gaps.
     */
    boolean cancel(String dedupKey, Instant now) {
        return jdbc.sql("SELECT id FROM email_message WHERE dedup_key = :key").param("key", dedupKey)
                .query(Long.class).optional()
                .map(id -> jdbc.sql("""
                        UPDATE email_message SET status = 'CANCELLED', claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND status = 'QUEUED' AND (claimed_until IS NULL OR claimed_until < :now)""")
                        .param("id", id).param("now", utc(now)).update() == 1)
                .orElse(false);
    }

    /**
     * Claims up to {@code limit} due messages for this claim until {@code until}, skipping rows that another
     * node has locked, and counts the attempt. The lease's end becomes the next attempt, so a claim that is
     * never recorded (its node died) comes due again by itself. A message queued before Message-IDs were
     * fixed at queueing gets its own now, once. Must run in a transaction, which should end at once.
     */
    List<Claimed> claim(Instant now, int limit, String claim, Instant until, String messageIdDomain) {
        List<Claimed> due = jdbc.sql("""
                SELECT id, recipient, subject, body_text, body_html, message_id, first_failed_at, list_unsubscribe
                FROM email_message WHERE status = 'QUEUED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", utc(now)).param("limit", limit)
                .query((row, number) -> new Claimed(row.getLong("id"), row.getString("recipient"),
                        row.getString("subject"), row.getString("body_text"), row.getString("body_html"),
                        row.getString("message_id"),
                        instant(row, "first_failed_at"), row.getString("list_unsubscribe"), List.of()))
                .list();
        if (due.isEmpty()) {
            return due;
        }
        due = withAttachments(due);
        jdbc.sql("""
                UPDATE email_message SET claimed_by = :claim, claimed_until = :until, next_attempt_at = :until,
                  attempts = attempts + 1 WHERE id IN (:ids)""")
                .param("claim", claim).param("until", utc(until)).param("ids", due.stream().map(Claimed::id).toList())
                .update();
        List<Claimed> claimed = new ArrayList<>(due.size());
        List<Object[]> newIds = new ArrayList<>();
        for (Claimed message : due) {
            if (message.messageId() == null) {
                message = message.withMessageId(newMessageId(messageIdDomain));
                newIds.add(new Object[] {message.messageId(), message.id()});
            }
            claimed.add(message);
        }
        if (!newIds.isEmpty()) {
            batches.batchUpdate("UPDATE email_message SET message_id = ? WHERE id = ? AND message_id IS NULL", newIds);
        }
        return claimed;
    }

    /** The claimed messages with their files, read in one query for the batch. */
    private List<Claimed> withAttachments(List<Claimed> claimed) {
        Map<Long, List<MailAttachment>> files = new HashMap<>();
        jdbc.sql("""
                SELECT message_id, file_name, content_type, content, receipt_id FROM email_attachment
                WHERE message_id IN (:ids) ORDER BY id""")
                .param("ids", claimed.stream().map(Claimed::id).toList())
                .query(row -> {
                    files.computeIfAbsent(row.getLong("message_id"), id -> new ArrayList<>()).add(attachment(row));
                });
        if (files.isEmpty()) {
            return claimed;
        }
        return claimed.stream()
                .map(message -> files.containsKey(message.id()) ? message.withAttachments(files.get(message.id())) : message)
                .toList();
    }

    /**
     * Records what became of claimed messages, each on its own row, in one batch. Only rows this claim still
     * holds are changed: a row whose lease ran out and that another node claimed is that node's to record.
     */
    void record(List<Outcome> outcomes, String claim) {
        if (outcomes.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                UPDATE email_message SET status = ?, sent_at = ?, next_attempt_at = ?, last_attempt_at = ?,
                  first_failed_at = ?, failure_kind = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND claimed_by = ?""", outcomes, outcomes.size(), (statement, outcome) -> {
                    statement.setString(1, outcome.status().name());
                    statement.setObject(2, utc(outcome.sentAt()));
                    statement.setObject(3, utc(outcome.nextAttemptAt()));
                    statement.setObject(4, utc(outcome.attemptedAt()));
                    statement.setObject(5, utc(outcome.firstFailedAt()));
                    statement.setString(6, outcome.failureKind() == null ? null : outcome.failureKind().name());
                    statement.setString(7, outcome.error());
                    statement.setLong(8, outcome.id());
                    statement.setString(9, claim);
                });
    }

    /** Gives claimed messages that were never tried back to the queue, due now, their attempt uncounted. */
    void release(List<Long> ids, String claim, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE email_message SET claimed_by = NULL, claimed_until = NULL, next_attempt_at = :now,
                  attempts = attempts - 1 WHERE id IN (:ids) AND claimed_by = :claim""")
                .param("now", utc(now)).param("ids", ids).param("claim", claim).update();
    }

    /** Messages that failed at least once and are still retried, and those that failed since {@code since}. */
    FailingMailCount countFailing(Instant since) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status = 'QUEUED' THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0)
                FROM email_message WHERE failure_kind IS NOT NULL AND (status = 'QUEUED' OR last_attempt_at >= :since)""")
                .param("since", utc(since))
                .query((row, number) -> new FailingMailCount(row.getLong(1), row.getLong(2)))
                .single();
    }

    /** How many messages failed (for now or for good) at or after {@code since}, the first such time, the last reply. */
    Optional<FailingNews> failedSince(Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) AS failed, MIN(last_attempt_at) AS first_at,
                  (SELECT last_error FROM email_message WHERE failure_kind IS NOT NULL AND last_attempt_at >= :since
                   ORDER BY last_attempt_at DESC, id DESC LIMIT 1) AS last_error
                FROM email_message WHERE failure_kind IS NOT NULL AND last_attempt_at >= :since""")
                .param("since", utc(since))
                .query((row, number) -> new FailingNews(row.getLong("failed"), instant(row, "first_at"),
                        row.getString("last_error")))
                .optional().filter(news -> news.failed() > 0);
    }

    /** Failing mail as the staff's notice tells it. */
    record FailingNews(long failed, Instant firstAt, String lastError) {
    }

    /** The same messages, the latest attempt first. */
    List<FailingMail> failing(Instant since, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, status, failure_kind, attempts, last_attempt_at, next_attempt_at,
                  claimed_until, last_error, created_at FROM email_message
                WHERE failure_kind IS NOT NULL AND (status = 'QUEUED' OR last_attempt_at >= :since)
                ORDER BY last_attempt_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("since", utc(since)).param("limit", limit).param("offset", offset)
                .query((row, number) -> {
                    Status status = Status.valueOf(row.getString("status"));
                    FailureKind kind = FailureKind.valueOf(row.getString("failure_kind"));
                    FailingMail.State state = status == Status.QUEUED ? FailingMail.State.RETRYING
                            : kind == FailureKind.PERMANENT ? FailingMail.State.REFUSED : FailingMail.State.GAVE_UP;
                    return new FailingMail(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
                            state, row.getInt("attempts"), instant(row, "last_attempt_at"),
                            state == FailingMail.State.RETRYING ? instant(row, "next_attempt_at") : null,
                            row.getString("last_error"), instant(row, "created_at"));
                })
                .list();
    }

    /** One failing message's state, for the audit trail; empty if it is not failing. */
    Optional<String> describeFailing(long id) {
        return jdbc.sql("""
                SELECT status, failure_kind, attempts, last_error FROM email_message
                WHERE id = :id AND failure_kind IS NOT NULL""")
                .param("id", id)
                .query((row, number) -> "status=" + row.getString("status") + ", failure=" + row.getString("failure_kind")
                        + ", attempts=" + row.getInt("attempts") + ", error=" + row.getString("last_error"))
                .optional();
    }

    /**
     * Puts a failing message back in the queue, due now, with a new retry window. Not one that a node is
     * sending at this moment (its lease runs): that node records its outcome, and requeueing it under the
     * node's feet would send it twice.
     *
     * @return whether the message was put back
     */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE email_message SET status = 'QUEUED', next_attempt_at = :now, first_failed_at = NULL,
                  failure_kind = NULL, claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND failure_kind IS NOT NULL AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    /** A file as email_attachment keeps it: its content, or the receipt it is the PDF of. */
    static MailAttachment attachment(ResultSet row) throws SQLException {
        return new MailAttachment(row.getString("file_name"), row.getString("content_type"), row.getBytes("content"),
                row.getObject("receipt_id", Long.class));
    }

    static String newMessageId(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** A message claimed for sending: what goes on the wire, and what its outcome needs. */
    record Claimed(long id, String recipient, String subject, String bodyText, String bodyHtml, String messageId,
            Instant firstFailedAt, String listUnsubscribe, List<MailAttachment> attachments) {

        Claimed withMessageId(String id) {
            return new Claimed(this.id, recipient, subject, bodyText, bodyHtml, id, firstFailedAt, listUnsubscribe,
                    attachments);
        }

        Claimed withAttachments(List<MailAttachment> files) {
            return new Claimed(id, recipient, subject, bodyText, bodyHtml, messageId, firstFailedAt, listUnsubscribe,
                    files);
        }
    }

    /** What one attempt came to, as it is recorded. */
    record Outcome(long id, Status status, Instant sentAt, Instant nextAttemptAt, Instant attemptedAt,
            Instant firstFailedAt, FailureKind failureKind, String error) {

        static Outcome sent(Claimed message, Instant at) {
            return new Outcome(message.id(), Status.SENT, at, at, at, message.firstFailedAt(), null, null);
        }

        static Outcome failed(Claimed message, Status status, Instant next, Instant at, Instant firstFailedAt,
                FailureKind kind, String error) {
            String kept = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LIMIT));
            return new Outcome(message.id(), status, null, next, at, firstFailedAt, kind, kept);
        }
    }
}
