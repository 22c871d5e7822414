package org.chungtay.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.UserFacingException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's scheduled jobs (Quartz, clustered): administrators see when each runs next and how its
 * last run went, and may pause, resume or run one now. Quartz keeps pauses and "run now" in its tables, so
 * they hold on every node and across restarts; each leaves an audit record.
 */
@Service
public class ScheduledJobs {

    private static final String ADMINS = "hasRole('ADMIN')";
    private static final String AUDIT_SUBJECT = "scheduled-job";

    private final Scheduler scheduler;
    private final JobRuns runs;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ScheduledJobs(Scheduler scheduler, JobRuns runs, JdbcClient jdbc, AuditTrail audit) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every job, by group and name. */
    @PreAuthorize(ADMINS)
    @Transactional
    public List<ScheduledJob> jobs() {
        try {
            List<JobKey> keys = scheduler.getJobKeys(GroupMatcher.anyJobGroup()).stream()
                    .sorted(Comparator.comparing(JobKey::getGroup).thenComparing(JobKey::getName)).toList();
            keys.forEach(runs::register);
            Map<String, LastRun> lastRuns = jdbc.sql("SELECT * FROM scheduled_job").query(ScheduledJobs::lastRun)
                    .list().stream().collect(Collectors.toMap(LastRun::key, Function.identity()));
            return keys.stream().map(key -> job(key, lastRuns.get(key.getGroup() + "." + key.getName())))
                    .filter(Objects::nonNull).toList();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler cannot list its jobs", e);
        }
    }

    /** Stops the job's triggers until it is resumed; a run under way finishes. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void pause(long jobId) {
        act(jobId, "paused", scheduler::pauseJob);
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public void resume(long jobId) {
        act(jobId, "resumed", scheduler::resumeJob);
    }

    /** Runs the job once, now, on whichever node is free first; its schedule is unchanged. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void runNow(long jobId) {
        act(jobId, "run-now", scheduler::triggerJob);
    }

    /** What an administrator asks of Quartz for a job. */
    private interface Action {
        void on(JobKey key) throws SchedulerException;
    }

    private void act(long jobId, String action, Action quartz) {
        JobKey key = key(jobId);
        try {
            quartz.on(key);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler refused " + action + " of " + key, e);
        }
        audit.record(AUDIT_SUBJECT, jobId, action, "", key.toString());
    }

    private JobKey key(long jobId) {
        JobKey key = jdbc.sql("SELECT job_group, job_name FROM scheduled_job WHERE id = :id").param("id", jobId)
                .query((row, number) -> JobKey.jobKey(row.getString("job_name"), row.getString("job_group")))
                .optional().orElseThrow(() -> new UserFacingException("jobs.error.gone"));
        try {
            if (!scheduler.checkExists(key)) {
                throw new UserFacingException("jobs.error.gone");
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler cannot find " + key, e);
        }
        return key;
    }

    private ScheduledJob job(JobKey key, LastRun last) {
        try {
            List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
            boolean paused = !triggers.isEmpty() && triggers.stream().allMatch(trigger -> state(trigger) == Trigger.TriggerState.PAUSED);
            Instant next = paused ? null : triggers.stream().map(Trigger::getNextFireTime).filter(Objects::nonNull)
                    .min(Date::compareTo).map(Date::toInstant).orElse(null);
            return new ScheduledJob(last == null ? runs.register(key) : last.id(), key.getGroup(), key.getName(), paused,
                    next, last == null ? null : last.started(), last == null ? null : last.finished(),
                    last == null ? null : last.succeeded(), last == null ? null : last.problem());
        } catch (SchedulerException gone) {
            return null;
        }
    }

    private Trigger.TriggerState state(Trigger trigger) {
        try {
            return scheduler.getTriggerState(trigger.getKey());
        } catch (SchedulerException unknown) {
            return Trigger.TriggerState.NONE;
        }
    }

    private record LastRun(long id, String key, Instant started, Instant finished, Boolean succeeded, String problem) {
    }

    private static LastRun lastRun(ResultSet row, int number) throws SQLException {
        Timestamp started = row.getTimestamp("last_started_at");
        Timestamp finished = row.getTimestamp("last_finished_at");
        Boolean succeeded = row.getObject("last_succeeded") == null ? null : row.getBoolean("last_succeeded");
        return new LastRun(row.getLong("id"), row.getString("job_group") + "." + row.getString("job_name"),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant(),
                succeeded, row.getString("last_problem"));
    }
}
