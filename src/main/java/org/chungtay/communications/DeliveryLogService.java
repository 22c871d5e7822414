package org.chungtay.communications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.DonorService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log: every message of the caller's subtree (by the fund unit that signs it; see
 * {@link MailScope}), searched and paged in the database, opened as it was sent, and sent again as a new
 * message. For administrators and fund managers, who answer for what the fund writes; see DD023.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryLogService {

    /** Kinds whose bodies carry a credential: staff see their headers and state, never the link. */
    static final Set<MessageKind> WITHHELD = EnumSet.of(MessageKind.DONOR_SIGN_IN_LINK);
    /** A queued message is still going, and a withdrawn one was withdrawn for a reason (a reversed payment). */
    private static final Set<MailStatus> RESENDABLE = EnumSet.of(MailStatus.SENT, MailStatus.FAILED);
    private static final String AUDIT_SUBJECT = "email_message";

    private final DeliveryLogStore log;
    private final EmailMessageRepository messages;
    private final OutboxStore outbox;
    private final MailDeliverySettings settings;
    private final DonorService donors;
    private final AuditTrail audit;
    private final MailSuppressions suppressions;
    private final ReceiptAttachments receiptFiles;

    DeliveryLogService(DeliveryLogStore log, EmailMessageRepository messages, OutboxStore outbox,
            MailDeliverySettings settings, DonorService donors, AuditTrail audit, MailSuppressions suppressions,
            ReceiptAttachments receiptFiles) {
        this.suppressions = suppressions;
        this.receiptFiles = receiptFiles;
        this.log = log;
        this.messages = messages;
        this.outbox = outbox;
        this.settings = settings;
        this.donors = donors;
        this.audit = audit;
    }

    /** A page of the messages that match, newest first. */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    public List<LoggedMail> search(DeliveryLogQuery query, int offset, int limit) {
        return log.page(MailScope.current(), query, Math.max(0, offset), Math.max(0, limit));
    }

    @PreAuthorize(MailDeliveryService.KEEPERS)
    public long count(DeliveryLogQuery query) {
        return log.count(MailScope.current(), query);
    }

    /**
     * One message as it was sent, with its files (without their content).
     *
     * @throws UserFacingException {@code mail.log.error.not-found} when there is none in the caller's scope
     */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    public SentMail message(long id) {
        DeliveryLogStore.Found found = found(id);
        boolean withheld = WITHHELD.contains(found.kind());
        return new SentMail(found.id(), found.kind(), found.subject(), settings.from().toUnicodeString(),
                found.recipient(), found.messageId(), found.createdAt(), found.sentAt(), found.attempts(),
                found.status(), found.lastError(), withheld ? null : found.bodyHtml(),
                withheld ? null : found.bodyText(), withheld, log.attachments(id),
                !withheld && RESENDABLE.contains(found.status()));
    }

    /** One file of a message of the caller's scope. */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    public MailAttachment attachment(long messageId, long attachmentId) {
        found(messageId);
        return log.file(messageId, attachmentId).map(receiptFiles::withContent)
                .orElseThrow(() -> new UserFacingException("mail.log.error.not-found"));
    }

    /**
     * Sends a message again as a new message: a new row with a new Message-ID and the dedup key
     * {@code resend:<original id>:<uuid>}, the same rendered subject, bodies, List-Unsubscribe header, files,
     * donor, campaign and unit, queued now. Only a message that was sent or failed. Audited on the original, naming the copy. A copy of a message
     * that needs consent (a digest, an appeal) is refused when the donor no longer agrees to its category.
     *
     * @return the new message's id
     * @throws UserFacingException {@code mail.log.resend.error.*} when it may not be sent again
     */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    @Transactional
    public long resend(long id) {
        DeliveryLogStore.Found found = found(id);
        if (WITHHELD.contains(found.kind())) {
            throw new UserFacingException("mail.log.resend.error.credential");
        }
        if (!RESENDABLE.contains(found.status())) {
            throw new UserFacingException("mail.log.resend.error.state");
        }
        if (found.category() != MessageCategory.TRANSACTIONAL) {
            checkConsent(found);
            if (suppressions.isSuppressed(found.recipient())) {
                throw new UserFacingException("mail.log.resend.error.suppressed", found.recipient());
            }
        }
        EmailMessage original = messages.findById(id).orElseThrow();
        String key = "resend:" + id + ":" + UUID.randomUUID();
        String messageId = OutboxStore.newMessageId(settings.messageIdDomain());
        outbox.insert(new EmailMessage(original, key, Instant.now()), messageId, log.files(id));
        long copy = messages.findByDedupKey(key).orElseThrow().id();
        audit.record(AUDIT_SUBJECT, id, "resend", "status=" + found.status() + ", message-id=" + found.messageId(),
                "copy=" + copy + ", message-id=" + messageId);
        return copy;
    }

    private void checkConsent(DeliveryLogStore.Found found) {
        if (found.donorId() == null) {
            throw new UserFacingException("mail.log.resend.error.consent-unknown");
        }
        boolean agrees;
        try {
            agrees = donors.profile(found.donorId()).consents(ConsentCategory.valueOf(found.category().name()));
        } catch (AccessDeniedException outsideScope) {
            // The donor is registered with a unit outside the caller's subtree: their consent cannot be read here.
            throw new UserFacingException("mail.log.resend.error.consent-unknown");
        }
        if (!agrees) {
            throw new UserFacingException("mail.log.resend.error.no-consent", found.recipient());
        }
    }

    private DeliveryLogStore.Found found(long id) {
        return log.find(MailScope.current(), id).orElseThrow(() -> new UserFacingException("mail.log.error.not-found"));
    }
}
