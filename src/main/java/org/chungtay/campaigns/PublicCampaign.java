package org.chungtay.campaigns;

import java.time.LocalDate;
import java.util.Locale;

import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.shared.Money;

/**
 * What anyone may see of an active or closed campaign, with its live figures. The public page is reached and
 * linked by the slug; the id is only for the modules that add to the page ({@link PublicCampaignSection}) and
 * is never put into the page.
 */
public record PublicCampaign(long id, String slug, CampaignKind kind, CampaignStatus status, String fundUnitName,
        String nameVi, String nameEn, String descriptionVi, String descriptionEn, Money goal, LocalDate startDate,
        LocalDate endDate, ReceivingAccount account, boolean hasCover, LocalDate closedOn,
        LocalDate distributionDeadline, Figures figures) {

    public String name(Locale locale) {
        return LocalisedText.pick(locale, nameVi, nameEn);
    }

    public String description(Locale locale) {
        return LocalisedText.pick(locale, descriptionVi, descriptionEn);
    }

    public CampaignProgress progress() {
        return new CampaignProgress(goal, figures.pledged(), figures.received());
    }

    public boolean isCollecting() {
        return status == CampaignStatus.ACTIVE;
    }

    /** Days still to give, today and the end date included; 0 once the campaign has ended. */
    public long daysLeft(LocalDate today) {
        return isCollecting() && !today.isAfter(endDate) ? CampaignRules.days(today, endDate) : 0;
    }
}
