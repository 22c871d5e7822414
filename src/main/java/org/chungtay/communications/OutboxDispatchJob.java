package org.chungtay.communications;

import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every few seconds, on one node of the cluster at a time, the outbox sends what is due. */
@DisallowConcurrentExecution
class OutboxDispatchJob implements Job {

    private final OutboxDispatcher dispatcher;

    OutboxDispatchJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        while (dispatcher.dispatchDue(Instant.now()) == OutboxDispatcher.BATCH) {
            // a full batch: more may be due
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail outboxDispatchJob() {
            return JobBuilder.newJob(OutboxDispatchJob.class).withIdentity("outbox-dispatch", "communications")
                    .storeDurably().build();
        }

        @Bean
        Trigger outboxDispatchTrigger(JobDetail outboxDispatchJob,
                @Value("${chungtay.mail.dispatch-interval-seconds}") int seconds) {
            return TriggerBuilder.newTrigger().forJob(outboxDispatchJob).withIdentity("outbox-dispatch", "communications")
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
