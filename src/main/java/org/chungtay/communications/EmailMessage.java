package org.chungtay.communications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One email, rendered when it was queued so that what is sent is exactly what was decided. It is
 * QUEUED until the dispatcher hands it to the SMTP server (SENT). A refused or failed attempt puts
 * it back in the queue with a growing wait; after the last wait it is FAILED and stays visible in
 * the delivery log.
 */
@Entity
@Table(name = "email_message")
class EmailMessage {

    static final List<Duration> RETRY_WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    enum Status {
        QUEUED, SENT, FAILED
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

    protected EmailMessage() {
    }

    EmailMessage(OutgoingEmail email, MailTemplates.Rendered rendered, Instant now) {
        this.dedupKey = email.dedupKey();
        this.category = email.category();
        this.kind = email.kind();
        this.recipient = email.recipient();
        this.language = email.language().getLanguage();
        this.subject = rendered.subject();
        this.bodyText = rendered.text();
        this.bodyHtml = rendered.html();
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void attemptFailed(Instant now, String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts > RETRY_WAITS.size()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(RETRY_WAITS.get(attempts - 1));
        }
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

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
