package org.chungtay.campaigns;

import org.chungtay.shared.VietnamCron;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The campaigns' two jobs on the clustered Quartz scheduler, each firing on one node of the cluster at a
 * time, on cron schedules read in Vietnam time:
 * <ul>
 * <li>{@value #DATES_JOB}: opens and closes campaigns on their dates, every day shortly after midnight
 *     ({@code chungtay.calendar.dates-cron}, default 00:05) and once at every start, so that a cluster
 *     that was down at midnight catches up;</li>
 * <li>{@value #PREPARE_JOB}: prepares the drafts of the yearly campaigns ahead of their windows
 *     ({@code chungtay.calendar.prepare-cron}, default 00:15 daily). It runs every day rather than once
 *     a year so that a missed day costs nothing; the database keeps it from preparing twice.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignCalendar.Settings.class)
class CampaignJobs {

    static final String GROUP = "campaigns";
    static final String DATES_JOB = "campaign-dates";
    static final String PREPARE_JOB = "campaign-calendar";
    static final JobKey DATES_KEY = JobKey.jobKey(DATES_JOB, GROUP);
    static final JobKey PREPARE_KEY = JobKey.jobKey(PREPARE_JOB, GROUP);

    @Bean
    JobDetail campaignDatesJob() {
        return JobBuilder.newJob(OpenAndCloseCampaigns.class).withIdentity(DATES_KEY)
                .withDescription("Opens and closes campaigns on their dates").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger campaignDatesTrigger(CampaignCalendar.Settings settings) {
        return VietnamCron.trigger(DATES_KEY, settings.datesCron());
    }

    @Bean
    JobDetail campaignCalendarJob() {
        return JobBuilder.newJob(PrepareYearlyCampaigns.class).withIdentity(PREPARE_KEY)
                .withDescription("Prepares next yearly campaigns as drafts").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger campaignCalendarTrigger(CampaignCalendar.Settings settings) {
        return VietnamCron.trigger(PREPARE_KEY, settings.prepareCron());
    }

    /** Catches up at start-up: the job runs once through the cluster, on whichever node takes it. */
    @Bean
    ApplicationRunner openAndCloseCampaignsAtStartUp(Scheduler scheduler) {
        return new ApplicationRunner() {
            @Override
            public void run(ApplicationArguments args) throws SchedulerException {
                scheduler.triggerJob(DATES_KEY);
            }
        };
    }

    @DisallowConcurrentExecution
    static class OpenAndCloseCampaigns extends QuartzJobBean {

        private final CampaignSchedule schedule;

        OpenAndCloseCampaigns(CampaignSchedule schedule) {
            this.schedule = schedule;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            schedule.openAndCloseDue(CampaignCalendar.today());
        }
    }

    @DisallowConcurrentExecution
    static class PrepareYearlyCampaigns extends QuartzJobBean {

        private final CampaignSchedule schedule;

        PrepareYearlyCampaigns(CampaignSchedule schedule) {
            this.schedule = schedule;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            schedule.prepareUpcoming(CampaignCalendar.today());
        }
    }
}
