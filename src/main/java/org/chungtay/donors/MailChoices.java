package org.chungtay.donors;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.chungtay.shared.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The donor's own choice of mail, however they reach it: the preferences link of an email ({@link ConsentByLink})
 * or the preferences page of the donor portal ({@link DonorAccounts}). One way to read and to change it, so that
 * both record consent events alike: only where the choice changes, as the current actor, audited. The callers
 * check who may act and run in their transaction.
 */
@Component
class MailChoices {

    private final ConsentEventRepository consents;
    private final DonorService service;
    private final AuditTrail audit;

    MailChoices(ConsentEventRepository consents, DonorService service, AuditTrail audit) {
        this.consents = consents;
        this.service = service;
        this.audit = audit;
    }

    /** The categories that need an opt-in which the donor receives now. */
    Set<ConsentCategory> receiving(Donor donor) {
        Set<ConsentCategory> receiving = EnumSet.noneOf(ConsentCategory.class);
        for (ConsentCategory category : ConsentCategory.values()) {
            if (category.needsOptIn() && receives(donor, category)) {
                receiving.add(category);
            }
        }
        return receiving;
    }

    /**
     * Each category that needs an opt-in granted if it is in {@code receiving} and withdrawn otherwise, and the
     * language ({@code vi} or {@code en}, checked here).
     *
     * @param granting    the source of a grant recorded now
     * @param withdrawing the source of a withdrawal recorded now
     */
    void choose(Donor donor, Set<ConsentCategory> receiving, String language, ConsentSource granting,
            ConsentSource withdrawing) {
        String checkedLanguage = DonorChecks.language(language);
        for (ConsentCategory category : ConsentCategory.values()) {
            if (category.needsOptIn()) {
                boolean granted = receiving.contains(category);
                decide(donor, category, granted, granted ? granting : withdrawing);
            }
        }
        changeLanguage(donor, checkedLanguage);
    }

    /** Records the decision unless it is the donor's current one; transactional mail is not the donor's to refuse. */
    void decide(Donor donor, ConsentCategory category, boolean granted, ConsentSource source) {
        if (!category.needsOptIn()) {
            throw new IllegalArgumentException("Transactional messages are not the donor's choice");
        }
        if (receives(donor, category) != granted) {
            service.recordConsent(donor, category, granted, source, Instant.now());
        }
    }

    /** Changes the language of the donor's mail and portal, audited, unless it is the current one. */
    void changeLanguage(Donor donor, String language) {
        String checked = DonorChecks.language(language);
        String before = donor.details().preferredLanguage();
        if (!before.equals(checked)) {
            donor.changeLanguage(checked);
            audit.record("donor", donor.id(), "language-changed", before, checked);
        }
    }

    private boolean receives(Donor donor, ConsentCategory category) {
        return consents.findFirstByDonorIdAndCategoryOrderByOccurredAtDescIdDesc(donor.id(), category)
                .map(event -> event.record().granted()).orElse(false);
    }
}
