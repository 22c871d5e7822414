package org.chungtay.projects;

import java.util.Locale;

/** Where a project stands in its life; see {@link Project}. */
public enum ProjectStatus {
    PROPOSED, FUNDRAISING, FUNDED, IN_PROGRESS, COMPLETED;

    public String labelKey() {
        return "projects.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the public pages show a project in this state: from fundraising on, never a mere proposal. */
    public boolean isPublic() {
        return this != PROPOSED;
    }

    /**
     * Whether money may be paid out to its budget lines (DD027): once the fund decided the money is there
     * (funded) and while the work goes on. Not while it still raises money, so that no half-paid classroom is
     * started on hope; a manager marks a project funded when the rest is to come from general funds.
     */
    public boolean isPayable() {
        return this == FUNDED || this == IN_PROGRESS;
    }
}
