package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The schedule of the scheduled emails: defaults, and a start that stops on a bad value. */
class ScheduledMailSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScheduledMailSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingSetRemindersGoAWeekBeforeAndThreeDaysAfterAndTheDigestOnTheFirst() {
        context.run(started -> {
            ScheduledMailSettings settings = started.getBean(ScheduledMailSettings.class);
            assertThat(settings.reminderDaysBeforeDue()).isEqualTo(7);
            assertThat(settings.reminderDaysAfterDue()).isEqualTo(3);
            assertThat(settings.remindersCron()).isEqualTo("0 0 8 * * ?");
            assertThat(settings.digestCron()).isEqualTo("0 0 9 1 * ?");
        });
    }

    @Test
    void aCronThatIsNotOneOrNoDaysBeforeStopsTheStart() {
        context.withPropertyValues("chungtay.scheduled-mail.digest-cron=monthly")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("chungtay.scheduled-mail.reminder-days-before-due=0")
                .run(started -> assertThat(started).hasFailed());
    }
}
