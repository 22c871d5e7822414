package org.chungtay.ledger;

import java.time.LocalDate;
import java.util.Locale;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * A line of money out: a PAID disbursement as the public may see it, described in the ledger's own words (a
 * project and its budget line, or a child's pseudonym, never a name). For a campaign's ledger {@code amount}
 * is the part of the disbursement that the campaign's gifts paid for.
 *
 * @param publicPath the page of what it paid for (a project's), relative to the portal's root, or null
 * @param programme  the programme it served, or null
 */
public record PublicLedgerPayout(LocalDate paidOn, Purpose purpose, Programme programme, String descriptionVi,
        String descriptionEn, String publicPath, Money amount, long order) {

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null && !descriptionEn.isBlank()
                ? descriptionEn : descriptionVi;
    }
}
