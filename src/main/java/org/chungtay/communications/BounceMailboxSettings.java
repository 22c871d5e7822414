package org.chungtay.communications;

import java.util.Locale;
import java.util.Optional;

import org.chungtay.shared.StartCheck;
import org.chungtay.shared.StartRefused;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * The mailbox that bounces, complaints and mailed unsubscribe requests arrive in, read over IMAP, from
 * {@code chungtay.mail.bounce-imap.*} ({@code MAIL_BOUNCE_IMAP_*}). Unset (no host, user or password), it is off
 * and the job reads nothing. Checked before any bean is made: a host without its user or password (or the other
 * way round), or a bad port, stops the start with one sentence ({@link StartRefused}).
 *
 * @param ssl    IMAP over TLS (imaps), the default; false for plain IMAP, as on a local test server
 * @param folder the folder read, by default {@code INBOX}
 */
record BounceMailboxSettings(String host, int port, String user, String password, boolean ssl, String folder) {

    private static final String PREFIX = "chungtay.mail.bounce-imap.";

    /** The settings when the mailbox is configured; empty when it is off. */
    static Optional<BounceMailboxSettings> from(PropertyResolver properties) {
        String host = text(properties, "host");
        String user = text(properties, "user");
        String password = text(properties, "password");
        if (host.isEmpty() && user.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (host.isEmpty() || user.isEmpty() || password.isEmpty()) {
            String missing = host.isEmpty() ? "MAIL_BOUNCE_IMAP_HOST" : user.isEmpty() ? "MAIL_BOUNCE_IMAP_USER"
                    : "MAIL_BOUNCE_IMAP_PASSWORD";
            throw new StartRefused("The bounce mailbox is half configured: " + missing + " is not set, but other"
                    + " MAIL_BOUNCE_IMAP_* settings are.", "Set MAIL_BOUNCE_IMAP_HOST, MAIL_BOUNCE_IMAP_USER and"
                    + " MAIL_BOUNCE_IMAP_PASSWORD together, or none of them to read no bounces (see README.md).");
        }
        String ssl = text(properties, "ssl").toLowerCase(Locale.ROOT);
        if (!ssl.equals("true") && !ssl.equals("false")) {
            throw refused("MAIL_BOUNCE_IMAP_SSL", ssl, "true or false");
        }
        boolean secure = Boolean.parseBoolean(ssl);
        String portText = text(properties, "port");
        int port;
        try {
            port = portText.isEmpty() ? (secure ? 993 : 143) : Integer.parseInt(portText);
        } catch (NumberFormatException notANumber) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw refused("MAIL_BOUNCE_IMAP_PORT", portText, "a port number from 1 to 65535, or unset for 993 (143"
                    + " without SSL)");
        }
        String folder = text(properties, "folder");
        return Optional.of(new BounceMailboxSettings(host, port, user, password, secure,
                folder.isEmpty() ? "INBOX" : folder));
    }

    /** The mailbox as a person would name it in a log, without the password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + folder + (ssl ? " (TLS)" : "");
    }

    private static String text(PropertyResolver properties, String key) {
        String value = properties.getProperty(PREFIX + key);
        return value == null ? "" : value.strip();
    }

    private static StartRefused refused(String variable, String value, String expected) {
        return new StartRefused(variable + " is '" + value + "', but it must be " + expected + ".",
                "Correct " + variable + " (see the configuration table in README.md).");
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        /** Checks the settings before any bean exists, so that a half-configured mailbox stops the start at once. */
        @Bean
        static BeanFactoryPostProcessor bounceMailboxSettingsCheck() {
            return StartCheck.of(BounceMailboxSettings::from);
        }

        @Bean
        BounceMailboxConfiguration bounceMailboxConfiguration(Environment environment) {
            return new BounceMailboxConfiguration(BounceMailboxSettings.from(environment));
        }
    }

    /** The mailbox's settings as a bean: empty when no mailbox is configured. */
    record BounceMailboxConfiguration(Optional<BounceMailboxSettings> settings) {
    }
}
