package org.chungtay.pledges;

import java.util.Locale;
import java.util.Map;

/**
 * An instalment to remind a donor of, with the values of the reminder's mail template already in the
 * donor's language (the transfer details as the confirmation gave them, DD024).
 *
 * @param donorId null while the pledge names no donor record
 * @param values  the values of {@code INSTALMENT_REMINDER_DUE} or, when overdue, {@code INSTALMENT_REMINDER_OVERDUE}
 */
public record InstalmentReminder(long pledgeId, int instalmentNumber, long campaignId, Long donorId, long fundUnitId,
        String recipient, Locale language, Map<String, Object> values) {

    public InstalmentReminder {
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "InstalmentReminder[pledgeId=" + pledgeId + ", instalment=" + instalmentNumber + "]";
    }
}
