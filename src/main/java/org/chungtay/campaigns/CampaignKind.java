package org.chungtay.campaigns;

import java.util.Locale;

/**
 * What a campaign raises money for. Four kinds come back every year on a date of the calendar (see
 * {@link CampaignCalendar}); an emergency appeal answers one disaster or illness and follows the stricter
 * rules of Decree 93/2021; anything else is "other".
 */
public enum CampaignKind {
    MONTH_OF_ACTION(true),
    TET(true),
    MID_AUTUMN(true),
    CHILDRENS_DAY(true),
    EMERGENCY_APPEAL(false),
    OTHER(false);

    private final boolean yearly;

    CampaignKind(boolean yearly) {
        this.yearly = yearly;
    }

    /** Whether the kind returns every year on its occasion, at most once per fund unit and year. */
    public boolean isYearly() {
        return yearly;
    }

    public String labelKey() {
        return "campaigns.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
