package org.chungtay.projects;

import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * A project the signed-in donor funded, as their "projects you funded" card shows it.
 *
 * @param projectId to find the project of a line of {@code ledger.WhereItWent}; never put in an address
 * @param given     what the donor gave to it (see {@link ProjectService#myProjects()})
 */
public record DonorProject(long projectId, String slug, String titleVi, String titleEn, ProjectStatus status, Money given) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }
}
