package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.chungtay.shared.StartRefused;
import org.junit.jupiter.api.Test;

/** The bounce mailbox's settings as application.properties reads them: off, complete, or refused in one line. */
class BounceMailboxSettingsTest {

    @Test
    void withNothingSetTheMailboxIsOff() {
        assertThat(read(Map.of())).isEmpty();
    }

    @Test
    void aCompleteMailboxTakesItsDefaultsForPortTlsAndFolder() {
        BounceMailboxSettings settings = read(Map.of("MAIL_BOUNCE_IMAP_HOST", "imap.quy.example.vn",
                "MAIL_BOUNCE_IMAP_USER", "bounces", "MAIL_BOUNCE_IMAP_PASSWORD", "secret")).orElseThrow();

        assertThat(settings.port()).isEqualTo(993);
        assertThat(settings.ssl()).isTrue();
        assertThat(settings.folder()).isEqualTo("INBOX");
        assertThat(settings.toString()).doesNotContain("secret");

        BounceMailboxSettings plain = read(Map.of("MAIL_BOUNCE_IMAP_HOST", "127.0.0.1", "MAIL_BOUNCE_IMAP_USER", "b",
                "MAIL_BOUNCE_IMAP_PASSWORD", "p", "MAIL_BOUNCE_IMAP_SSL", "false", "MAIL_BOUNCE_IMAP_FOLDER", "Bounces"))
                .orElseThrow();
        assertThat(plain.port()).isEqualTo(143);
        assertThat(plain.folder()).isEqualTo("Bounces");
    }

    @Test
    void aHalfConfiguredMailboxOrABadValueRefusesTheStartInOneLine() {
        assertRefused(Map.of("MAIL_BOUNCE_IMAP_HOST", "imap.quy.example.vn", "MAIL_BOUNCE_IMAP_USER", "bounces"),
                "The bounce mailbox is half configured: MAIL_BOUNCE_IMAP_PASSWORD is not set");
        assertRefused(Map.of("MAIL_BOUNCE_IMAP_USER", "bounces", "MAIL_BOUNCE_IMAP_PASSWORD", "secret"),
                "The bounce mailbox is half configured: MAIL_BOUNCE_IMAP_HOST is not set");
        Map<String, Object> complete = Map.of("MAIL_BOUNCE_IMAP_HOST", "h", "MAIL_BOUNCE_IMAP_USER", "u",
                "MAIL_BOUNCE_IMAP_PASSWORD", "p", "MAIL_BOUNCE_IMAP_PORT", "99999");
        assertRefused(complete, "MAIL_BOUNCE_IMAP_PORT is '99999'");
    }

    private static void assertRefused(Map<String, Object> environment, String sentence) {
        assertThatThrownBy(() -> read(environment)).isInstanceOf(StartRefused.class)
                .hasMessageStartingWith(sentence).message().doesNotContain("\n");
    }

    private static Optional<BounceMailboxSettings> read(Map<String, Object> environment) {
        return BounceMailboxSettings.from(ApplicationSettings.over(environment));
    }
}
