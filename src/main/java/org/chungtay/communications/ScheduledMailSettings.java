package org.chungtay.communications;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the scheduled emails go (DD024), from {@code chungtay.scheduled-mail.*} (environment variables in
 * application.properties); a bad value stops the start naming the setting.
 *
 * @param remindersCron        when the instalment reminders are queued (Quartz cron, Vietnam time)
 * @param reminderDaysBeforeDue how many days before an instalment falls due its reminder goes
 * @param reminderDaysAfterDue  how many days after an unpaid instalment fell due the overdue reminder goes
 * @param digestCron           when the monthly progress digest is queued (Quartz cron, Vietnam time), for the
 *                             month before the run
 * @param failingNoticeCron    when staff are told of mail that failed in the day before (Quartz cron, Vietnam time)
 */
@Validated
@ConfigurationProperties("chungtay.scheduled-mail")
public record ScheduledMailSettings(
        @DefaultValue("0 0 8 * * ?") @NotBlank String remindersCron,
        @DefaultValue("7") @Min(1) @Max(60) int reminderDaysBeforeDue,
        @DefaultValue("3") @Min(1) @Max(60) int reminderDaysAfterDue,
        @DefaultValue("0 0 9 1 * ?") @NotBlank String digestCron,
        @DefaultValue("0 30 7 * * ?") @NotBlank String failingNoticeCron) {

    @AssertTrue(message = "REMINDER_CRON is not a Quartz cron expression")
    public boolean isRemindersCronValid() {
        return remindersCron == null || CronExpression.isValidExpression(remindersCron);
    }

    @AssertTrue(message = "DIGEST_CRON is not a Quartz cron expression")
    public boolean isDigestCronValid() {
        return digestCron == null || CronExpression.isValidExpression(digestCron);
    }

    @AssertTrue(message = "MAIL_FAILING_NOTICE_CRON is not a Quartz cron expression")
    public boolean isFailingNoticeCronValid() {
        return failingNoticeCron == null || CronExpression.isValidExpression(failingNoticeCron);
    }
}
