package org.chungtay.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes down, for every scheduled job on every node, when its last run started and ended and whether it
 * went well, so that an administrator sees it ({@link ScheduledJobs}). Each note is one short statement
 * of its own, outside the job's work: a failing job is still noted, and noting never fails a job.
 */
@Configuration(proxyBeanMethods = false)
class JobRuns implements JobListener {

    private static final Logger LOG = LoggerFactory.getLogger(JobRuns.class);
    static final int PROBLEM_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Map<JobKey, Long> registered = new ConcurrentHashMap<>();

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    SchedulerFactoryBeanCustomizer jobRunsListener() {
        return scheduler -> scheduler.setGlobalJobListeners(this);
    }

    @Override
    public String getName() {
        return "job-runs";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        note(context.getJobDetail().getKey(), () -> jdbc.sql("UPDATE scheduled_job SET last_started_at = :now,"
                        + " last_finished_at = NULL, last_succeeded = NULL, last_problem = NULL, last_node = :node"
                        + " WHERE job_group = :group AND job_name = :name")
                .param("now", Timestamp.from(Instant.now())).param("node", node(context))
                .param("group", context.getJobDetail().getKey().getGroup())
                .param("name", context.getJobDetail().getKey().getName()).update());
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // nothing ran
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException problem) {
        String what = problem == null ? null : String.valueOf(problem.getCause() == null ? problem.getMessage()
                : problem.getCause().getMessage());
        note(context.getJobDetail().getKey(), () -> jdbc.sql("UPDATE scheduled_job SET last_finished_at = :now,"
                        + " last_succeeded = :succeeded, last_problem = :problem WHERE job_group = :group AND job_name = :name")
                .param("now", Timestamp.from(Instant.now())).param("succeeded", problem == null)
                .param("problem", what == null ? null : what.length() <= PROBLEM_LIMIT ? what : what.substring(0, PROBLEM_LIMIT))
                .param("group", context.getJobDetail().getKey().getGroup())
                .param("name", context.getJobDetail().getKey().getName()).update());
    }

    /** The job's row, made when first seen; its number. */
    long register(JobKey key) {
        return registered.computeIfAbsent(key, this::row);
    }

    private long row(JobKey key) {
        try {
            jdbc.sql("INSERT INTO scheduled_job (job_group, job_name) SELECT :group, :name FROM (SELECT 1 AS one) AS x"
                            + " WHERE NOT EXISTS (SELECT 1 FROM scheduled_job WHERE job_group = :group AND job_name = :name)")
                    .param("group", key.getGroup()).param("name", key.getName()).update();
        } catch (DuplicateKeyException registeredByAnotherNode) {
            // there it is
        }
        return jdbc.sql("SELECT id FROM scheduled_job WHERE job_group = :group AND job_name = :name")
                .param("group", key.getGroup()).param("name", key.getName()).query(Long.class).single();
    }

    private void note(JobKey key, Runnable update) {
        try {
            register(key);
            update.run();
        } catch (RuntimeException unnoted) {
            LOG.warn("Could not note the run of job {}: {}", key, unnoted.getMessage());
        }
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException unknown) {
            return null;
        }
    }
}
