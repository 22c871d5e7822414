package org.chungtay.projects;

import java.time.LocalDate;
import java.util.Locale;


/** A milestone as pages show it; {@code late}: past its due date and not done. */
public record ProjectMilestone(String titleVi, String titleEn, LocalDate dueOn, MilestoneStatus status,
        LocalDate doneOn, boolean late) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }

    public MilestoneDraft toDraft() {
        return new MilestoneDraft(titleVi, titleEn, dueOn, status, doneOn);
    }
}
