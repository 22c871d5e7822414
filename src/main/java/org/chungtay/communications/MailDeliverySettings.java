package org.chungtay.communications;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.chungtay.shared.StartCheck;
import org.chungtay.shared.StartRefused;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * How the outbox sends, from {@code chungtay.mail.*} (environment variables in application.properties).
 * Read and checked before any bean is made: a bad value stops the start with one sentence naming the
 * variable ({@link StartRefused}), never a half-started node that sends too fast.
 *
 * @param retryWindow             how long a temporarily failing message is tried again, from its first failure
 * @param ratePerSecond           most SMTP transactions per second, for the whole cluster (one node sends at a time)
 * @param batchSize               messages claimed at once and sent over one SMTP connection
 * @param lease                   how long a claim holds; a batch stops sending at three quarters of it
 * @param dispatchIntervalSeconds how often the clustered job looks for due messages
 * @param from                    the sender, which also names the domain of every Message-ID
 */
record MailDeliverySettings(Duration retryWindow, double ratePerSecond, int batchSize, Duration lease,
        int dispatchIntervalSeconds, InternetAddress from) {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    /** The domain after the sender's {@code @}: Message-IDs are made in it. */
    String messageIdDomain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** The shortest time between two SMTP transactions. */
    Duration interval() {
        return Duration.ofNanos(Math.round(1_000_000_000d / ratePerSecond));
    }

    /** Reads and checks every setting; the first bad one is refused with the variable that sets it. */
    static MailDeliverySettings from(PropertyResolver properties) {
        Duration window = duration(properties, "chungtay.mail.retry-window", "MAIL_RETRY_WINDOW",
                Duration.ofMinutes(10), Duration.ofDays(30), "a duration from 10m to 30d, such as 3d or 72h");
        double rate = number(properties, "chungtay.mail.rate-per-second", "MAIL_RATE_PER_SECOND", 0.1, 100_000,
                "a number of messages per second from 0.1 to 100000");
        int batch = (int) whole(properties, "chungtay.mail.batch-size", "MAIL_BATCH_SIZE", 1, 1000,
                "a whole number of messages from 1 to 1000");
        int leaseSeconds = (int) whole(properties, "chungtay.mail.lease-seconds", "MAIL_LEASE_SECONDS", 5, 3600,
                "a whole number of seconds from 5 to 3600");
        int interval = (int) whole(properties, "chungtay.mail.dispatch-interval-seconds", "MAIL_DISPATCH_SECONDS", 1,
                3600, "a whole number of seconds from 1 to 3600");
        double batchSeconds = batch / rate;
        if (leaseSeconds < 2 * batchSeconds) {
            throw refused(String.format(Locale.ROOT, "MAIL_LEASE_SECONDS is %d, too short for a batch of"
                    + " MAIL_BATCH_SIZE=%d messages at MAIL_RATE_PER_SECOND=%s, which takes %.0f s to send: the lease"
                    + " must be at least twice that.", leaseSeconds, batch, text(properties,
                    "chungtay.mail.rate-per-second"), Math.ceil(batchSeconds)), "MAIL_LEASE_SECONDS");
        }
        return new MailDeliverySettings(window, rate, batch, Duration.ofSeconds(leaseSeconds), interval,
                sender(properties));
    }

    private static InternetAddress sender(PropertyResolver properties) {
        String value = text(properties, "chungtay.mail.from");
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (address.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", value);
            }
            return address;
        } catch (AddressException e) {
            throw refused("MAIL_FROM", value, "an email address such as Chung Tay <no-reply@quy.example.vn>");
        }
    }

    private static Duration duration(PropertyResolver properties, String key, String variable, Duration min,
            Duration max, String expected) {
        String value = text(properties, key);
        Duration parsed = null;
        Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            parsed = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        if (parsed == null || parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw refused(variable, value, expected);
        }
        return parsed;
    }

    private static double number(PropertyResolver properties, String key, String variable, double min, double max,
            String expected) {
        String value = text(properties, key);
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the rest
        }
        throw refused(variable, value, expected);
    }

    private static long whole(PropertyResolver properties, String key, String variable, long min, long max,
            String expected) {
        String value = text(properties, key);
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the rest
        }
        throw refused(variable, value, expected);
    }

    private static String text(PropertyResolver properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? "" : value.strip();
    }

    private static StartRefused refused(String variable, String value, String expected) {
        return refused(variable + " is '" + value + "', but it must be " + expected + ".", variable);
    }

    private static StartRefused refused(String reason, String variable) {
        return new StartRefused(reason, "Correct " + variable + " (see the configuration table in README.md), or leave"
                + " it unset for its default.");
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        /** Checks the settings before any bean exists, so that a bad one stops the start before the database is touched. */
        @Bean
        static BeanFactoryPostProcessor mailSettingsCheck() {
            return StartCheck.of(MailDeliverySettings::from);
        }

        @Bean
        MailDeliverySettings mailDeliverySettings(Environment environment) {
            return MailDeliverySettings.from(environment);
        }
    }
}
