package org.chungtay.shared;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The trigger of a clustered job that runs on a cron schedule read in Vietnam time, named as its job. A run
 * missed while the cluster was down fires once when it is back, then the schedule goes on.
 */
public final class VietnamCron {

    private VietnamCron() {
    }

    public static Trigger trigger(JobKey job, String cron) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getName(), job.getGroup())
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
