package org.chungtay.projects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chungtay.ledger.ProjectFunding;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * A project as staff see it: everything, with its funding as the ledger reports it, its campaigns, its updates
 * and its history.
 *
 * @param handover null until recorded
 * @param hasHandoverDocument whether the scan of the signed handover record is stored
 */
public record ProjectDetails(long id, String slug, Programme programme, ProjectStatus status, long fundUnitId,
        String fundUnitName, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
        List<ProjectBudgetLine> budgetLines, Money target, ProjectFunding funding, List<ProjectMilestone> milestones,
        Handover handover, boolean hasHandoverDocument, Set<Long> campaignIds, List<ProjectUpdate> updates,
        List<AuditRecord> history) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionVi, descriptionEn);
    }

    /** The project as the edit form starts from it. */
    public ProjectDraft toDraft() {
        return new ProjectDraft(programme, fundUnitId, slug, titleVi, titleEn, descriptionVi, descriptionEn,
                budgetLines.stream().map(ProjectBudgetLine::toDraft).toList(),
                milestones.stream().map(ProjectMilestone::toDraft).toList());
    }
}
