package org.chungtay.communications;

import java.time.LocalDate;

import org.chungtay.pledges.InstalmentReminder;
import org.chungtay.pledges.InstalmentsDue;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminds donors of their pledges' unpaid instalments (DD024): {@code REMINDER_DAYS_BEFORE_DUE} days before
 * one falls due ({@link MessageKind#INSTALMENT_REMINDER_DUE}), and once when it is
 * {@code REMINDER_DAYS_AFTER_DUE} days overdue ({@link MessageKind#INSTALMENT_REMINDER_OVERDUE}), to the
 * pledge's contact in the pledge's language. Transactional messages: they need no consent.
 *
 * <p>Each day looks {@value #CATCH_UP_DAYS} days further back than its own day, so that a day the cluster
 * was down is made up the next days; the dedup key ({@code instalment-due:<pledge>-<n>},
 * {@code instalment-overdue:<pledge>-<n>}) keeps every reminder to one, whatever runs again.
 */
@Component
class InstalmentReminders {

    static final int CATCH_UP_DAYS = 3;
    private static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(InstalmentReminders.class);

    private final InstalmentsDue instalments;
    private final Outbox outbox;
    private final BulkWork bulk;
    private final ScheduledMailSettings settings;

    InstalmentReminders(InstalmentsDue instalments, Outbox outbox, BulkWork bulk, ScheduledMailSettings settings) {
        this.instalments = instalments;
        this.outbox = outbox;
        this.bulk = bulk;
        this.settings = settings;
    }

    /**
     * Queues the reminders of a day in Vietnam, as the system, a page of instalments per short transaction.
     *
     * @return how many reminders were handed to the outbox (those queued before are not queued again)
     */
    int queue(LocalDate today) {
        LocalDate dueOn = today.plusDays(settings.reminderDaysBeforeDue());
        LocalDate overdueOn = today.minusDays(settings.reminderDaysAfterDue());
        int handed = SystemActor.call(() -> queue(MessageKind.INSTALMENT_REMINDER_DUE, "instalment-due:",
                later(today.plusDays(1), dueOn.minusDays(CATCH_UP_DAYS)), dueOn, today)
                + queue(MessageKind.INSTALMENT_REMINDER_OVERDUE, "instalment-overdue:",
                        overdueOn.minusDays(CATCH_UP_DAYS), overdueOn, today));
        if (handed > 0) {
            LOG.info("Instalment reminders on {}: {} handed to the outbox", today, handed);
        }
        return handed;
    }

    private int queue(MessageKind kind, String dedupPrefix, LocalDate from, LocalDate to, LocalDate today) {
        int handed = 0;
        InstalmentsDue.Position position = InstalmentsDue.Position.START;
        while (position != null) {
            InstalmentsDue.Page page = instalments.unpaidDueBetween(from, to, today, position, PAGE);
            bulk.inTransaction(() -> page.reminders().forEach(reminder -> outbox.enqueue(email(kind, dedupPrefix, reminder))));
            handed += page.reminders().size();
            position = page.next();
        }
        return handed;
    }

    private static OutgoingEmail email(MessageKind kind, String dedupPrefix, InstalmentReminder reminder) {
        return new OutgoingEmail(kind, reminder.recipient(), reminder.language(), reminder.values(),
                dedupPrefix + reminder.pledgeId() + "-" + reminder.instalmentNumber(), reminder.fundUnitId())
                .about(reminder.donorId(), reminder.campaignId());
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
