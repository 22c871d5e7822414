package org.chungtay.projects;

import java.util.List;
import java.util.Locale;

import org.chungtay.ledger.ProjectFunding;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * What anyone may see of a project from fundraising on: no ids, the public updates only, the handover once
 * the project is completed.
 */
public record PublicProject(String slug, Programme programme, ProjectStatus status, String fundUnitName,
        String titleVi, String titleEn, String descriptionVi, String descriptionEn, List<ProjectBudgetLine> budgetLines,
        Money target, ProjectFunding funding, List<ProjectMilestone> milestones, Handover handover,
        List<ProjectUpdate> updates) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionVi, descriptionEn);
    }
}
