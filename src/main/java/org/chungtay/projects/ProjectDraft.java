package org.chungtay.projects;

import java.util.List;

import org.chungtay.shared.Programme;

/**
 * A project as staff fill it in. The limits are shown by the form and checked again by {@link Project}.
 *
 * @param slug the public address, or null to make one from the Vietnamese title
 */
public record ProjectDraft(Programme programme, long fundUnitId, String slug, String titleVi, String titleEn,
        String descriptionVi, String descriptionEn, List<BudgetLineDraft> budgetLines,
        List<MilestoneDraft> milestones) {

    public static final int TITLE_LIMIT = 200;
    public static final int DESCRIPTION_LIMIT = 4000;
    public static final int LABEL_LIMIT = 200;
    public static final int MAX_LINES = 50;
    public static final int MAX_MILESTONES = 50;

    public ProjectDraft {
        budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
