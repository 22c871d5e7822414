package org.chungtay.children;

import jakarta.validation.constraints.NotBlank;

import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamCron;
import org.chungtay.shared.VietnamTime;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.validation.annotation.Validated;

/**
 * The children module's job on the clustered Quartz scheduler: {@value #LATE_JOB} flags the sponsored months
 * whose delivery was not recorded by its due date (the 10th of the month after), each once, daily
 * ({@code LATE_DELIVERIES_CRON}, default 07:00 Vietnam time). A rerun flags nothing twice; the communications
 * module tells the commune's staff of each flagged month.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChildrenJobs.Settings.class)
class ChildrenJobs {

    static final String GROUP = "children";
    static final String LATE_JOB = "late-deliveries";
    static final JobKey LATE_KEY = JobKey.jobKey(LATE_JOB, GROUP);

    @Bean
    JobDetail lateDeliveriesJob() {
        return JobBuilder.newJob(FlagLateDeliveries.class).withIdentity(LATE_KEY)
                .withDescription("Flags late sponsorship deliveries").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger lateDeliveriesTrigger(Settings settings) {
        return VietnamCron.trigger(LATE_KEY, settings.lateDeliveriesCron());
    }

    /** @param lateDeliveriesCron when late deliveries are flagged (Quartz cron, Vietnam time) */
    @Validated
    @ConfigurationProperties("chungtay.children")
    record Settings(@DefaultValue("0 0 7 * * ?") @NotBlank String lateDeliveriesCron) {
    }

    @DisallowConcurrentExecution
    static class FlagLateDeliveries extends QuartzJobBean {

        private static final Logger LOG = LoggerFactory.getLogger(FlagLateDeliveries.class);
        private final SponsorshipService sponsorships;

        FlagLateDeliveries(SponsorshipService sponsorships) {
            this.sponsorships = sponsorships;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            int flagged = 0;
            int batch;
            do {
                batch = SystemActor.call(() -> sponsorships.flagLate(VietnamTime.today()));
                flagged += batch;
            } while (batch > 0);
            LOG.info("Late sponsorship deliveries flagged: {}", flagged);
        }
    }
}
