package org.chungtay.ledger;

import java.util.Locale;

/**
 * Whose public ledger: a campaign (reached by its slug) or a fund unit with its subtree (reached by the code its
 * receipts carry). Never reached by a sequential id.
 *
 * @param id      the campaign's or the unit's id, for the queries only (never shown)
 * @param address the campaign's slug or the unit's code
 * @param path    the unit's path (for a campaign, its unit's path), for the queries only
 */
public record PublicLedgerSubject(Kind kind, long id, String address, String nameVi, String nameEn, String path) {

    public enum Kind {
        CAMPAIGN, FUND_UNIT
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    public boolean isCampaign() {
        return kind == Kind.CAMPAIGN;
    }
}
