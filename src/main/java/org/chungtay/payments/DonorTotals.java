package org.chungtay.payments;

import java.util.List;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * What the signed-in donor gave, reversed payments left out: per year (newest first) and per campaign (the most
 * given first; gifts outside any campaign as one line with null names).
 */
public record DonorTotals(List<Year> byYear, List<Campaign> byCampaign) {

    public boolean isEmpty() {
        return byYear.isEmpty();
    }

    public record Year(int year, Money total, int payments) {
    }

    public record Campaign(String nameVi, String nameEn, Money total, int payments) {

        /** The campaign's name in this language, or null for gifts outside any campaign. */
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
        }
    }
}
