package org.chungtay.ledger;

import java.util.Locale;
import java.util.function.BiFunction;

import org.chungtay.shared.Money;

/**
 * One line of the annual disclosure: what (a translation key, or a name as written, in both languages), a link
 * to its public page if it has one, how much, and how many payments made it up.
 *
 * @param labelKey a translation key, or null when the line is named by {@code nameVi}/{@code nameEn}
 * @param link     a page relative to the portal's root (a project's), or null
 */
public record DisclosureLine(String labelKey, String nameVi, String nameEn, String link, Money amount, long count) {

    static DisclosureLine keyed(String labelKey, Money amount, long count) {
        return new DisclosureLine(labelKey, null, null, null, amount, count);
    }

    /** The line's words in this language; {@code translate} turns a key into them. */
    public String label(Locale locale, BiFunction<String, Locale, String> translate) {
        if (labelKey != null) {
            return translate.apply(labelKey, locale);
        }
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
