package org.chungtay.communications;

import jakarta.mail.MessagingException;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@value #EVERY_MINUTES} minutes, on one node of the cluster at a time, reads the bounce mailbox ({@link BounceMailbox}), when
 * one is configured; without one it does nothing. A mailbox that cannot be reached fails the run, which the
 * scheduled jobs page shows; the next run tries again.
 */
@DisallowConcurrentExecution
class BounceMailboxJob implements Job {

    static final int EVERY_MINUTES = 5;

    private final BounceMailbox mailbox;

    BounceMailboxJob(BounceMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            mailbox.readNew();
        } catch (MessagingException unreachable) {
            throw new JobExecutionException("The bounce mailbox cannot be read: " + unreachable.getMessage(), unreachable);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail bounceMailboxJob() {
            return JobBuilder.newJob(BounceMailboxJob.class).withIdentity("bounce-mailbox", "communications")
                    .storeDurably().build();
        }

        @Bean
        Trigger bounceMailboxTrigger(JobDetail bounceMailboxJob) {
            return TriggerBuilder.newTrigger().forJob(bounceMailboxJob).withIdentity("bounce-mailbox", "communications")
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(EVERY_MINUTES)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
