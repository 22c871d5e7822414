package org.chungtay.projects;

import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * A project the signed-in donor funded, as their "projects you funded" card shows it.
 *
 * @param given what the donor gave to it (see {@link ProjectService#mine()})
 */
public record DonorProject(String slug, String titleVi, String titleEn, ProjectStatus status, Money given) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }
}
