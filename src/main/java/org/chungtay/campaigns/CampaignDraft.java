package org.chungtay.campaigns;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * What a person types for a campaign, before the service checks it. Only the kind, the fund unit and
 * the Vietnamese name are needed for a draft; the rest is needed before it can be scheduled. A blank
 * slug is generated from the Vietnamese name.
 */
public record CampaignDraft(CampaignKind kind, long fundUnitId, String nameVi, String nameEn,
        String descriptionVi, String descriptionEn, Money goal, LocalDate startDate, LocalDate endDate,
        ReceivingAccount account, String slug) {

    public static final int NAME_LIMIT = 150;
    public static final int DESCRIPTION_LIMIT = 4000;
    public static final int ACCOUNT_NAME_LIMIT = 100;
    public static final int ACCOUNT_NUMBER_LIMIT = 19;

    /** An emergency appeal collects for at most this many days, first and last included (Decree 93/2021). */
    public static final int EMERGENCY_MAX_DAYS = 90;

    /** After an emergency appeal closes, the fund has this many days to hand out what it collected. */
    public static final int DISTRIBUTION_DAYS = 20;

    /** The first and last days a campaign may run on: the range of the lunar calendar, less the past. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    public CampaignDraft {
        account = account == null ? ReceivingAccount.NONE : account;
    }

    public CampaignDraft withDates(LocalDate start, LocalDate end) {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, goal, start, end,
                account, slug);
    }

    public CampaignDraft withGoal(Money newGoal) {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, newGoal, startDate,
                endDate, account, slug);
    }

    public CampaignDraft withAccount(ReceivingAccount newAccount) {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, goal, startDate,
                endDate, newAccount, slug);
    }

    public CampaignDraft withSlug(String newSlug) {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, goal, startDate,
                endDate, account, newSlug);
    }
}
