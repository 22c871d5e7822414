package org.chungtay.communications;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every few seconds, on one node of the cluster at a time, the outbox sends what is due. Quartz keeps the
 * job from running on two nodes at once ({@code @DisallowConcurrentExecution} holds across the cluster), which
 * is what makes the sending rate of one node the rate of the whole cluster (DD020).
 */
@DisallowConcurrentExecution
class OutboxDispatchJob implements Job {

    private final OutboxDispatcher dispatcher;

    OutboxDispatchJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.drain();
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
                MailDeliverySettings settings) {
            return TriggerBuilder.newTrigger().forJob(outboxDispatchJob).withIdentity("outbox-dispatch", "communications")
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(settings.dispatchIntervalSeconds())
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
