package org.chungtay.projects;

import java.time.LocalDate;

/** A milestone as a form gives it; a done milestone without a done date is done today. */
public record MilestoneDraft(String titleVi, String titleEn, LocalDate dueOn, MilestoneStatus status,
        LocalDate doneOn) {
}
