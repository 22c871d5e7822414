package org.chungtay.campaigns;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.chungtay.shared.Money;

/**
 * A campaign as staff see it, with what the current person may do with it now.
 *
 * @param occasionYear         the occasion of a yearly campaign (the year of the Tết…), else null
 * @param closedOn             the last day a closed campaign collected, else null
 * @param distributionDeadline for a closed emergency appeal, the last day to hand out the money, else null
 * @param actions              what the current person may do now
 */
public record CampaignDetails(long id, String slug, CampaignKind kind, CampaignStatus status, long fundUnitId,
        String fundUnitName, String nameVi, String nameEn, String descriptionVi, String descriptionEn, Money goal,
        LocalDate startDate, LocalDate endDate, Integer occasionYear, ReceivingAccount account, boolean hasCover,
        LocalDate closedOn, LocalDate distributionDeadline, Set<CampaignAction> actions, boolean announceOnOpen) {

    public CampaignDetails {
        actions = Set.copyOf(actions);
    }

    public String name(Locale locale) {
        return LocalisedText.pick(locale, nameVi, nameEn);
    }

    public String description(Locale locale) {
        return LocalisedText.pick(locale, descriptionVi, descriptionEn);
    }

    public boolean allows(CampaignAction action) {
        return actions.contains(action);
    }

    /** Whether the public page shows it: while it collects and after, never before. */
    public boolean isPublic() {
        return status == CampaignStatus.ACTIVE || status == CampaignStatus.CLOSED;
    }

    /** The campaign as the edit form starts from it. */
    public CampaignDraft toDraft() {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, goal, startDate,
                endDate, account, slug);
    }
}
