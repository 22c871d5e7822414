package org.chungtay.communications;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that get no non-transactional mail (appeals, progress news) any more, because mail to them came
 * back for good or their owner complained: the outbox skips such messages ({@link Outbox#enqueue}), while
 * receipts and thank-yous still go. Staff record and lift them; the bounce mailbox records them as it reads
 * bounces and complaints. Like failing mail, the list holds addresses of the whole fund, so only
 * administrators and fund managers of the root unit see and change it. Every change is audited.
 */
@Service
@Transactional
public class MailSuppressions {

    /** Why an address gets no more appeals. */
    public enum Reason {
        HARD_BOUNCE, COMPLAINT;

        public String labelKey() {
            return "suppressions.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Who put it on the list. */
    public enum Source {
        STAFF, BOUNCE_MAILBOX;

        public String labelKey() {
            return "suppressions.source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One address on the list: why, from where, when, recorded by whom, and a note. */
    public record Suppression(long id, String address, Reason reason, Source source, Instant suppressedAt,
            String suppressedBy, String note) {
    }

    static final int NOTE_LIMIT = 500;
    private static final String AUDIT_SUBJECT = "mail_suppression";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MailSuppressions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether non-transactional mail to the address is suppressed; the outbox asks, in the caller's transaction. */
    boolean isSuppressed(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_suppression WHERE address = :address")
                .param("address", address.strip().toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    }

    /** A page of the list, the latest first; {@code search} is a part of the address (blank for all). */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    @Transactional(readOnly = true)
    public List<Suppression> page(String search, int offset, int limit) {
        MailDeliveryService.check();
        return jdbc.sql("""
                SELECT id, address, reason, source, suppressed_at, suppressed_by, note FROM mail_suppression
                WHERE address LIKE :pattern ESCAPE '!' ORDER BY suppressed_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("pattern", pattern(search)).param("limit", Math.max(0, limit))
                .param("offset", Math.max(0, offset))
                .query((row, number) -> new Suppression(row.getLong("id"), row.getString("address"),
                        Reason.valueOf(row.getString("reason")), Source.valueOf(row.getString("source")),
                        row.getObject("suppressed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString("suppressed_by"), row.getString("note")))
                .list();
    }

    @PreAuthorize(MailDeliveryService.KEEPERS)
    @Transactional(readOnly = true)
    public long count(String search) {
        MailDeliveryService.check();
        return jdbc.sql("SELECT COUNT(*) FROM mail_suppression WHERE address LIKE :pattern ESCAPE '!'")
                .param("pattern", pattern(search)).query(Long.class).single();
    }

    /**
     * Puts an address on the list, as staff; audited.
     *
     * @throws UserFacingException {@code suppressions.error.already} if it is on the list
     */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    public void suppress(EmailAddress address, Reason reason, String note) {
        MailDeliveryService.check();
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_LIMIT) {
            throw new IllegalArgumentException("A note is at most " + NOTE_LIMIT + " characters");
        }
        if (!insert(address, reason, Source.STAFF, kept)) {
            throw new UserFacingException("suppressions.error.already");
        }
    }

    /**
     * Takes an address off the list, so that appeals reach it again; audited.
     *
     * @throws UserFacingException {@code suppressions.error.not-found} if it is no longer on the list
     */
    @PreAuthorize(MailDeliveryService.KEEPERS)
    public void lift(long id) {
        MailDeliveryService.check();
        String before = jdbc.sql("SELECT address, reason, source FROM mail_suppression WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((row, number) -> row.getString("address") + " reason=" + row.getString("reason") + " source="
                        + row.getString("source"))
                .optional().orElseThrow(() -> new UserFacingException("suppressions.error.not-found"));
        jdbc.sql("DELETE FROM mail_suppression WHERE id = :id").param("id", id).update();
        audit.record(AUDIT_SUBJECT, id, "lifted", before, null);
    }

    /**
     * Records what the bounce mailbox found, as the system; an address on the list already stays as it was.
     *
     * @return whether the address was added
     */
    boolean recordFromMailbox(EmailAddress address, Reason reason, String note) {
        return insert(address, reason, Source.BOUNCE_MAILBOX, note);
    }

    /** Inserts the address unless it is on the list; a duplicate key leaves the transaction usable on MySQL and H2. */
    private boolean insert(EmailAddress address, Reason reason, Source source, String note) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO mail_suppression (address, reason, source, suppressed_at, suppressed_by, note)
                    VALUES (:address, :reason, :source, :at, :by, :note)""")
                    .param("address", address.value()).param("reason", reason.name()).param("source", source.name())
                    .param("at", OutboxStore.utc(Instant.now())).param("by", FundScope.actorName())
                    .param("note", note, Types.VARCHAR)
                    .update(key);
        } catch (DuplicateKeyException onTheListAlready) {
            return false;
        }
        audit.record(AUDIT_SUBJECT, key.getKey().longValue(), "suppressed", null, address.value() + " reason=" + reason
                + " source=" + source + (note == null ? "" : " note=" + note));
        return true;
    }

    /** A LIKE pattern matching addresses that contain the search, its wildcards taken literally. */
    private static String pattern(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
