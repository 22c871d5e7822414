package org.chungtay.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What may be shared of a child (DD026): what the guardian's current consent allows and, when the child's own
 * consent is required, what the child's allows too. The child's consent is required when the child is
 * {@value #CHILD_CONSENT_AGE} or older on the date of the guardian's consent, or today: a child who turned seven
 * since shares nothing more until they consented themselves (fail closed). A withdrawal of either stops all
 * sharing. Computed when read, so nothing shared survives a withdrawal anywhere.
 */
public final class ConsentRules {

    public static final int CHILD_CONSENT_AGE = 7;

    private ConsentRules() {
    }

    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** Whether a consent of the child, given on this date, is one the law knows: the child was seven or older. */
    public static boolean childMayConsent(LocalDate birthDate, LocalDate givenOn) {
        return age(birthDate, givenOn) >= CHILD_CONSENT_AGE;
    }

    public static Sharing current(List<ConsentRecord> history, LocalDate birthDate, LocalDate today) {
        Optional<ConsentRecord> guardian = latest(history, ConsentParty.GUARDIAN);
        if (guardian.isEmpty() || guardian.get().withdrawn()) {
            return Sharing.NOTHING;
        }
        Sharing allowed = guardian.get().allows();
        if (childConsentRequired(birthDate, guardian.get().givenOn(), today)) {
            allowed = allowed.and(latest(history, ConsentParty.CHILD).map(ConsentRecord::allows).orElse(Sharing.NOTHING));
        }
        return allowed;
    }

    static boolean childConsentRequired(LocalDate birthDate, LocalDate guardianConsentOn, LocalDate today) {
        return age(birthDate, guardianConsentOn) >= CHILD_CONSENT_AGE || age(birthDate, today) >= CHILD_CONSENT_AGE;
    }

    static Optional<ConsentRecord> latest(List<ConsentRecord> history, ConsentParty party) {
        return history.stream().filter(line -> line.party() == party).max(Comparator.comparingLong(ConsentRecord::id));
    }
}
