package org.chungtay.communications;

import java.time.YearMonth;

import org.chungtay.shared.VietnamCron;
import org.chungtay.shared.VietnamTime;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The scheduled emails on the clustered Quartz scheduler, each firing on one node at a time, on cron
 * schedules read in Vietnam time (DD024):
 * <ul>
 * <li>{@value #REMINDERS_JOB}: queues the instalment reminders, daily ({@code REMINDER_CRON}, default 08:00);</li>
 * <li>{@value #DIGEST_JOB}: queues the progress digest of the month before, monthly ({@code DIGEST_CRON},
 *     default the 1st at 09:00). "Run now" in the scheduled jobs view also sends the month before;</li>
 * <li>{@value #FAILING_NOTICE_JOB}: tells the root unit's keepers of mail that failed in the day before,
 *     daily ({@code MAIL_FAILING_NOTICE_CRON}, default 07:30), when some did.</li>
 * </ul>
 * Both may run again, on any node, at no cost: every message has a dedup key, so a rerun queues nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduledMailSettings.class)
class ScheduledMailJobs {

    static final String GROUP = "communications";
    static final String REMINDERS_JOB = "instalment-reminders";
    static final String DIGEST_JOB = "progress-digest";
    static final JobKey REMINDERS_KEY = JobKey.jobKey(REMINDERS_JOB, GROUP);
    static final JobKey DIGEST_KEY = JobKey.jobKey(DIGEST_JOB, GROUP);
    static final String FAILING_NOTICE_JOB = "failing-mail-notice";
    static final JobKey FAILING_NOTICE_KEY = JobKey.jobKey(FAILING_NOTICE_JOB, GROUP);

    @Bean
    JobDetail instalmentRemindersJob() {
        return JobBuilder.newJob(SendInstalmentReminders.class).withIdentity(REMINDERS_KEY)
                .withDescription("Queues instalment reminders").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger instalmentRemindersTrigger(ScheduledMailSettings settings) {
        return VietnamCron.trigger(REMINDERS_KEY, settings.remindersCron());
    }

    @Bean
    JobDetail progressDigestJob() {
        return JobBuilder.newJob(SendProgressDigest.class).withIdentity(DIGEST_KEY)
                .withDescription("Queues the monthly progress digest").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger progressDigestTrigger(ScheduledMailSettings settings) {
        return VietnamCron.trigger(DIGEST_KEY, settings.digestCron());
    }

    @Bean
    JobDetail failingMailNoticeJob() {
        return JobBuilder.newJob(SendFailingMailNotice.class).withIdentity(FAILING_NOTICE_KEY)
                .withDescription("Tells staff of failing mail").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger failingMailNoticeTrigger(ScheduledMailSettings settings) {
        return VietnamCron.trigger(FAILING_NOTICE_KEY, settings.failingNoticeCron());
    }

    @DisallowConcurrentExecution
    static class SendFailingMailNotice extends QuartzJobBean {

        private final FailingMailNotices notices;

        SendFailingMailNotice(FailingMailNotices notices) {
            this.notices = notices;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            notices.send(VietnamTime.today());
        }
    }

    @DisallowConcurrentExecution
    static class SendInstalmentReminders extends QuartzJobBean {

        private final InstalmentReminders reminders;

        SendInstalmentReminders(InstalmentReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.queue(VietnamTime.today());
        }
    }

    @DisallowConcurrentExecution
    static class SendProgressDigest extends QuartzJobBean {

        private final ProgressDigests digests;

        SendProgressDigest(ProgressDigests digests) {
            this.digests = digests;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            digests.queue(YearMonth.now(VietnamTime.ZONE).minusMonths(1));
        }
    }
}
