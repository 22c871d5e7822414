package org.chungtay.communications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One email, rendered when it was queued so that what is sent is exactly what was decided; written in the
 * transaction of the change that causes it, at most once per dedup key.
 *
 * <p>It is QUEUED until the dispatcher hands it to the SMTP server (SENT). The dispatcher claims due
 * messages for a lease ({@code claimed_by}, {@code claimed_until}; the lease's end is also the next
 * attempt, so a message whose node died comes due again by itself), sends them outside any transaction
 * and records each outcome. A temporary failure (4xx, a server that cannot be reached) keeps it QUEUED
 * with a growing wait until the retry window after its first failure has passed, then it is FAILED; a
 * permanent refusal (5xx for the address or the message) makes it FAILED at once. Staff may put a
 * failing message back in the queue. Its Message-ID is fixed when it is queued, so that a message sent
 * again (after a node died between the server's acceptance and the record) carries the same one. See DD020.
 */
@Entity
@Table(name = "email_message")
class EmailMessage {

    enum Status {
        QUEUED, SENT, FAILED,
        /** Withdrawn before it was sent, such as the thank-you for a payment reversed within the delay. */
        CANCELLED
    }

    /** Why a message did not go: it may go later (TEMPORARY), or the server refused it for good (PERMANENT). */
    enum FailureKind {
        TEMPORARY, PERMANENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", length = 190)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageCategory category;

    /** Null for messages queued before kinds existed. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private MessageKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "TEXT")
    private String bodyText;

    /** The whole HTML document; null for messages queued before templates had an HTML part. */
    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_kind", length = 10)
    private FailureKind failureKind;

    @Column(name = "donor_id")
    private Long donorId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "fund_unit_id")
    private Long fundUnitId;

    @Column(name = "list_unsubscribe", length = 1000)
    private String listUnsubscribe;

    protected EmailMessage() {
    }

    EmailMessage(OutgoingEmail email, MailTemplates.Rendered rendered, String listUnsubscribe, Instant now) {
        this.dedupKey = email.dedupKey();
        this.category = email.category();
        this.kind = email.kind();
        this.recipient = email.recipient();
        this.language = email.language().getLanguage();
        this.subject = rendered.subject();
        this.bodyText = rendered.text();
        this.bodyHtml = rendered.html();
        this.nextAttemptAt = email.notBefore() != null && email.notBefore().isAfter(now) ? email.notBefore() : now;
        this.createdAt = now;
        this.donorId = email.donorId();
        this.campaignId = email.campaignId();
        this.fundUnitId = email.fundUnitId();
        this.listUnsubscribe = listUnsubscribe;
    }

    /**
     * A copy of a message to send again as a new message: the same rendered subject, bodies, headers, donor,
     * campaign and unit, under a new dedup key, queued now (its files are copied by whoever inserts it).
     */
    EmailMessage(EmailMessage original, String dedupKey, Instant now) {
        this.dedupKey = dedupKey;
        this.category = original.category;
        this.kind = original.kind;
        this.recipient = original.recipient;
        this.language = original.language;
        this.subject = original.subject;
        this.bodyText = original.bodyText;
        this.bodyHtml = original.bodyHtml;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.donorId = original.donorId;
        this.campaignId = original.campaignId;
        this.fundUnitId = original.fundUnitId;
        this.listUnsubscribe = original.listUnsubscribe;
    }

    Long donorId() {
        return donorId;
    }

    Long campaignId() {
        return campaignId;
    }

    Long fundUnitId() {
        return fundUnitId;
    }

    String listUnsubscribe() {
        return listUnsubscribe;
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String bodyText() {
        return bodyText;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    MessageKind kind() {
        return kind;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String dedupKey() {
        return dedupKey;
    }

    MessageCategory category() {
        return category;
    }

    String language() {
        return language;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    String lastError() {
        return lastError;
    }

    String messageId() {
        return messageId;
    }

    String claimedBy() {
        return claimedBy;
    }

    Instant claimedUntil() {
        return claimedUntil;
    }

    Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    Instant firstFailedAt() {
        return firstFailedAt;
    }

    FailureKind failureKind() {
        return failureKind;
    }
}
