package org.chungtay.projects;

import java.util.Locale;

/** A milestone's progress; one past its due date and not done shows as late. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE;

    public String labelKey() {
        return "projects.milestone.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
