package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.chungtay.shared.StartRefused;
import org.junit.jupiter.api.Test;

/** The mail settings as application.properties reads them from the environment, and the one sentence for a bad one. */
class MailDeliverySettingsTest {

    @Test
    void withNothingSetTheDefaultsHold() {
        MailDeliverySettings settings = read(Map.of());

        assertThat(settings.retryWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.ratePerSecond()).isEqualTo(10);
        assertThat(settings.interval()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.batchSize()).isEqualTo(200);
        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.dispatchIntervalSeconds()).isEqualTo(10);
        assertThat(settings.messageIdDomain()).isEqualTo("chungtay.local");
    }

    @Test
    void everySettingIsTakenFromItsVariable() {
        MailDeliverySettings settings = read(Map.of("MAIL_RETRY_WINDOW", "72h", "MAIL_RATE_PER_SECOND", "0.5",
                "MAIL_BATCH_SIZE", "20", "MAIL_LEASE_SECONDS", "600", "MAIL_DISPATCH_SECONDS", "30",
                "MAIL_FROM", "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk <thu@quy.daklak.vn>"));

        assertThat(settings.retryWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.batchSize()).isEqualTo(20);
        assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.dispatchIntervalSeconds()).isEqualTo(30);
        assertThat(settings.messageIdDomain()).isEqualTo("quy.daklak.vn");
    }

    @Test
    void aBadValueIsRefusedWithOneSentenceNamingItsVariable() {
        assertRefused(Map.of("MAIL_RATE_PER_SECOND", "fast"), "MAIL_RATE_PER_SECOND is 'fast', but it must be a number"
                + " of messages per second from 0.1 to 100000.");
        assertRefused(Map.of("MAIL_RATE_PER_SECOND", "0"), "MAIL_RATE_PER_SECOND is '0'");
        assertRefused(Map.of("MAIL_RETRY_WINDOW", "3 days"), "MAIL_RETRY_WINDOW is '3 days', but it must be a duration");
        assertRefused(Map.of("MAIL_RETRY_WINDOW", "5m"), "MAIL_RETRY_WINDOW is '5m'");
        assertRefused(Map.of("MAIL_BATCH_SIZE", "5000"), "MAIL_BATCH_SIZE is '5000'");
        assertRefused(Map.of("MAIL_LEASE_SECONDS", "1"), "MAIL_LEASE_SECONDS is '1'");
        assertRefused(Map.of("MAIL_DISPATCH_SECONDS", "-1"), "MAIL_DISPATCH_SECONDS is '-1'");
        assertRefused(Map.of("MAIL_FROM", "Chung Tay"), "MAIL_FROM is 'Chung Tay', but it must be an email address");
    }

    @Test
    void aLeaseTooShortToSendABatchAtTheRateIsRefused() {
        assertRefused(Map.of("MAIL_RATE_PER_SECOND", "1", "MAIL_BATCH_SIZE", "100", "MAIL_LEASE_SECONDS", "150"),
                "MAIL_LEASE_SECONDS is 150, too short for a batch of MAIL_BATCH_SIZE=100 messages at "
                        + "MAIL_RATE_PER_SECOND=1, which takes 100 s to send: the lease must be at least twice that.");
    }

    private static void assertRefused(Map<String, Object> environment, String sentence) {
        assertThatThrownBy(() -> read(environment)).isInstanceOf(StartRefused.class)
                .hasMessageStartingWith(sentence).message().doesNotContain("\n");
    }

    private static MailDeliverySettings read(Map<String, Object> environment) {
        return MailDeliverySettings.from(ApplicationSettings.over(environment));
    }
}
