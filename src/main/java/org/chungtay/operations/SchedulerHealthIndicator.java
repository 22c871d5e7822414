package org.chungtay.operations;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Up while this node's Quartz scheduler runs and takes part in the cluster. */
@Component("scheduler")
class SchedulerHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            Health.Builder health = scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode()
                    ? Health.up() : Health.down();
            return health.withDetail("name", meta.getSchedulerName())
                    .withDetail("instance", meta.getSchedulerInstanceId())
                    .withDetail("clustered", meta.isJobStoreClustered())
                    .withDetail("jobsExecuted", meta.getNumberOfJobsExecuted())
                    .build();
        } catch (SchedulerException problem) {
            return Health.down(problem).build();
        }
    }
}
