package org.chungtay.operations;

import java.time.Instant;

/**
 * One of the portal's scheduled jobs as an administrator sees it: when it runs next and ran last, whether
 * it is paused, and how its last run went (on whichever node ran it).
 *
 * @param id the job's number in the portal (its audit records name it)
 * @param group Quartz's job group, such as {@code communications}
 * @param name Quartz's job name, such as {@code outbox-dispatch}
 * @param nextRun when it runs next, none while paused or when nothing is scheduled
 * @param lastStarted when its last run started, none if it never ran since the portal first started
 * @param lastFinished when its last run ended, none while it runs
 * @param lastSucceeded whether its last run ended without an error, none while it runs
 * @param lastProblem what went wrong in its last run, if anything
 */
public record ScheduledJob(long id, String group, String name, boolean paused, Instant nextRun, Instant lastStarted,
        Instant lastFinished, Boolean lastSucceeded, String lastProblem) {

    /** The translation key of the job's name and purpose: {@code jobs.<group>.<name>}. */
    public String labelKey() {
        return "jobs." + group + "." + name;
    }

    public boolean running() {
        return lastStarted != null && lastFinished == null;
    }
}
