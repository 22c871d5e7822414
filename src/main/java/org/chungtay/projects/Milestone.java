package org.chungtay.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A step of a project with its due date; one past due and not done is late. */
@Embeddable
class Milestone {

    @Column(name = "title_vi", nullable = false, length = ProjectDraft.TITLE_LIMIT)
    private String titleVi;

    @Column(name = "title_en", length = ProjectDraft.TITLE_LIMIT)
    private String titleEn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
    }

    Milestone(String titleVi, String titleEn, LocalDate dueOn, MilestoneStatus status, LocalDate doneOn) {
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.dueOn = dueOn;
        this.status = status;
        this.doneOn = doneOn;
    }

    ProjectMilestone view(LocalDate today) {
        return new ProjectMilestone(titleVi, titleEn, dueOn, status, doneOn,
                status != MilestoneStatus.DONE && today.isAfter(dueOn));
    }

    boolean isDone() {
        return status == MilestoneStatus.DONE;
    }

    @Override
    public String toString() {
        return titleVi + "@" + dueOn + ":" + status + (doneOn == null ? "" : "/" + doneOn);
    }
}
