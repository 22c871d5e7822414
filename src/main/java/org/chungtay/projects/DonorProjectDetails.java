package org.chungtay.projects;

import java.util.List;
import java.util.Locale;

import org.chungtay.ledger.ProjectFunding;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * A project as one of its donors sees it in the donor portal: what anyone may see of it, what the donor gave, and
 * its updates for the public and for its donors, newest first. No ids: the portal names a project by its slug.
 *
 * @param given    what the signed-in donor gave to it
 * @param handover the handover once the project is completed, else null (as on the public page)
 */
public record DonorProjectDetails(String slug, Programme programme, ProjectStatus status, String fundUnitName,
        String titleVi, String titleEn, String descriptionVi, String descriptionEn, Money target,
        ProjectFunding funding, Money given, List<ProjectMilestone> milestones, Handover handover,
        List<ProjectUpdate> updates) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionVi, descriptionEn);
    }
}
