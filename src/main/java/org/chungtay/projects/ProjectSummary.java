package org.chungtay.projects;

import java.util.Locale;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/** A row of the staff list. */
public record ProjectSummary(long id, String slug, Programme programme, ProjectStatus status, long fundUnitId,
        String titleVi, String titleEn, Money target) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }
}
