package org.chungtay.communications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failing mail for staff: how much, which, and queueing a message again. Messages do not name a fund unit
 * yet, so only administrators and fund managers of the root unit, whose scope is every unit, see them; a
 * commune's manager would otherwise read the addresses of the whole province.
 */
@Service
@Transactional
public class MailDeliveryService {

    /** A message that failed for good stays on the staff's list this long; later only the delivery log shows it. */
    public static final int RECENT_DAYS = 30;
    static final String KEEPERS = "hasAnyRole('ADMIN','FUND_MANAGER')";
    private static final String AUDIT_SUBJECT = "email_message";

    private final OutboxStore store;
    private final AuditTrail audit;

    MailDeliveryService(OutboxStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** How much mail is failing, for those who may see it (see the class comment); empty for everyone else. */
    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<FailingMailCount> failingCount() {
        return maySee() ? Optional.of(store.countFailing(recentSince())) : Optional.empty();
    }

    /** Failing messages, the latest attempt first. */
    @PreAuthorize(KEEPERS)
    @Transactional(readOnly = true)
    public List<FailingMail> failing(int offset, int limit) {
        check();
        return store.failing(recentSince(), offset, limit);
    }

    /**
     * Queues a failing message again, due now, with a new retry window; audited. It keeps its Message-ID.
     *
     * @throws UserFacingException {@code outbox.failing.error.not-failing} when it is no longer failing, or is
     *                             being sent at this moment
     */
    @PreAuthorize(KEEPERS)
    public void requeue(long messageId) {
        check();
        String before = store.describeFailing(messageId)
                .orElseThrow(() -> new UserFacingException("outbox.failing.error.not-failing"));
        if (!store.requeue(messageId, Instant.now())) {
            throw new UserFacingException("outbox.failing.error.not-failing");
        }
        audit.record(AUDIT_SUBJECT, messageId, "requeue", before, "status=QUEUED");
    }

    private static Instant recentSince() {
        return Instant.now().minus(Duration.ofDays(RECENT_DAYS));
    }

    private static boolean maySee() {
        return FundScope.currentPrincipal()
                .filter(principal -> principal.role() == Role.ADMIN || principal.role() == Role.FUND_MANAGER)
                .map(principal -> principal.fundUnitPath().chars().filter(c -> c == '/').count() <= 2)
                .orElse(false);
    }

    /** Refuses everyone but the root unit's administrators and fund managers (see the class comment). */
    static void check() {
        if (!maySee()) {
            throw new AccessDeniedException("Failing mail is for the root unit's administrators and fund managers");
        }
    }
}
