package org.chungtay.operations;

import java.time.Duration;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Keeps the event publication registry honest across the cluster. A module's reaction to another's event
 * runs after the publishing transaction commits; a reaction that fails is marked failed, and one whose
 * node died stays published or processing in the database. Once a minute, on one node of the cluster at
 * a time, publications left published or processing for longer than {@value #STALE_AFTER_MINUTES}
 * minutes are marked failed, failed ones are handed to their listeners again (which are written to be
 * run twice without harm), and completed ones older than a week are deleted. Only failed ones: a
 * publication still queued for its listener, as thousands are after a large statement import, is not
 * handed over a second time. Not Spring Modulith's
 * "republish on restart" nor its staleness monitor, which run on every node on Spring's own scheduler:
 * Quartz already runs one node's jobs at a time, and survives a restart.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationJobs {

    static final int STALE_AFTER_MINUTES = 5;
    static final JobKey KEY = JobKey.jobKey("event-publications", "operations");
    static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    @Bean
    JobDetail eventPublicationsJob() {
        return JobBuilder.newJob(ResubmitIncomplete.class).withIdentity(KEY)
                .withDescription("Resubmits events whose reactions did not complete").storeDurably().build();
    }

    @Bean
    Trigger eventPublicationsTrigger(JobDetail eventPublicationsJob) {
        return TriggerBuilder.newTrigger().forJob(eventPublicationsJob).withIdentity("event-publications", "operations")
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /**
     * Resubmits failed publications (no longer every incomplete one). The class keeps its first name: Quartz
     * stores the job's class name in its tables, and a database that has the job would not find a renamed
     * class.
     */
    @DisallowConcurrentExecution
    static class ResubmitIncomplete extends QuartzJobBean {

        private final EventPublicationRegistry registry;
        private final FailedEventPublications failed;
        private final CompletedEventPublications completed;

        ResubmitIncomplete(EventPublicationRegistry registry, FailedEventPublications failed,
                CompletedEventPublications completed) {
            this.registry = registry;
            this.failed = failed;
            this.completed = completed;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            registry.markStalePublicationsFailed(status -> Duration.ofMinutes(STALE_AFTER_MINUTES));
            failed.resubmit(ResubmissionOptions.defaults());
            completed.deletePublicationsOlderThan(KEEP_COMPLETED);
        }
    }
}
