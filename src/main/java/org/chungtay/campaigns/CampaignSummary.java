package org.chungtay.campaigns;

import java.time.LocalDate;
import java.util.Locale;

import org.chungtay.shared.Money;

/** A campaign in a staff list. */
public record CampaignSummary(long id, String slug, CampaignKind kind, CampaignStatus status, long fundUnitId,
        String fundUnitName, String nameVi, String nameEn, Money goal, LocalDate startDate, LocalDate endDate,
        Integer occasionYear) {

    /** The name in the reader's language; the Vietnamese name where there is no English one. */
    public String name(Locale locale) {
        return LocalisedText.pick(locale, nameVi, nameEn);
    }
}
