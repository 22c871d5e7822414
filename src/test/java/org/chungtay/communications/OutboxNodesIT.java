package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.chungtay.support.PortalProcess;
import org.chungtay.support.TestDatabase;
import org.chungtay.support.TestMail;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes of the portal, each a process of its own, on one database of their own and the tests' SMTP server
 * (GreenMail). One is killed while it sends: every message still goes, and the only messages sent twice are
 * those the killed node had claimed and not yet recorded. Also: a bad mail setting stops a node's start.
 */
@Execution(ExecutionMode.CONCURRENT)
class OutboxNodesIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final int MESSAGES = 1000;

    /** Vaadin's development mode needs the project's folder to start a node's web server. */
    private static final Path PROJECT = Path.of(".");

    @Test
    void twoNodesOneKilledHalfwayEveryMessageGoesAndOnlyWhatWasInFlightOnTheKilledNodeMayGoTwice() throws Exception {
        String url = TestDatabase.urlOfSchema("chungtay_nodes_" + System.nanoTime());
        DriverManagerDataSource database = new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        Map<String, String> settings = PortalProcess.settings(url);
        settings.putAll(Map.of("MAIL_DISPATCH_SECONDS", "1", "MAIL_LEASE_SECONDS", "5", "MAIL_BATCH_SIZE", "10",
                "MAIL_RATE_PER_SECOND", "200"));
        String domain = "n" + UUID.randomUUID().toString().substring(0, 8) + ".test";

        try (PortalProcess a = PortalProcess.start(settings, PROJECT);
                PortalProcess b = PortalProcess.start(settings, PROJECT)) {
            a.awaitPort(START);
            b.awaitPort(START);
            awaitCluster(jdbc, 2);
            long queuedAt = System.nanoTime();
            queue(database, domain);

            // Halfway, kill the node that is sending, as a crash would.
            PortalProcess sender = null;
            while (sender == null) {
                assertThat(System.nanoTime() - queuedAt).as("the nodes send").isLessThan(Duration.ofSeconds(60).toNanos());
                long sent = count(jdbc, domain, "SENT");
                List<String> claims = jdbc.sql("SELECT DISTINCT claimed_by FROM email_message WHERE claimed_by IS NOT NULL"
                        + " AND recipient LIKE ?").param("%@" + domain).query(String.class).list();
                if (sent >= MESSAGES / 2 && !claims.isEmpty()) {
                    sender = claims.getFirst().contains("/" + a.pid() + "/") ? a : b;
                    // Into the next batch: its connection takes about 45 ms at GreenMail, its 10 messages 50 ms, and
                    // it is recorded at its end; so that some went and are not recorded yet.
                    Thread.sleep(ThreadLocalRandom.current().nextInt(55, 90));
                    sender.kill();
                } else {
                    Thread.sleep(20);
                }
            }
            long sentBeforeKill = count(jdbc, domain, "SENT");
            String killed = "%/" + sender.pid() + "/%";
            Set<String> inFlight = new HashSet<>(jdbc.sql("SELECT message_id FROM email_message WHERE claimed_by LIKE ?"
                    + " AND status = 'QUEUED' AND recipient LIKE ?").param(killed).param("%@" + domain)
                    .query(String.class).list());
            assertThat(sentBeforeKill).as("killed halfway").isBetween(MESSAGES / 2L, MESSAGES - 1L);

            long killedAt = System.nanoTime();
            while (count(jdbc, domain, "SENT") < MESSAGES) {
                assertThat(System.nanoTime() - killedAt).as("the other node takes over").isLessThan(Duration.ofSeconds(60).toNanos());
                Thread.sleep(200);
            }
            Thread.sleep(500);

            List<String> dbIds = jdbc.sql("SELECT message_id FROM email_message WHERE recipient LIKE ?")
                    .param("%@" + domain).query(String.class).list();
            List<String> receivedIds = Arrays.stream(TestMail.server().getReceivedMessages())
                    .filter(message -> TestMail.recipientOf(message).endsWith("@" + domain)).map(TestMail::messageIdOf)
                    .toList();
            Map<String, Long> copies = receivedIds.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            List<String> sentTwice = new ArrayList<>(copies.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .map(Map.Entry::getKey).toList());
            System.out.printf("OutboxNodesIT: %d messages, node %d killed after %d were recorded sent, %d in flight on it,"
                    + " %d received twice; drained in %.1f s%n", MESSAGES, sender.pid(), sentBeforeKill, inFlight.size(),
                    sentTwice.size(), (System.nanoTime() - queuedAt) / 1e9);

            assertThat(copies.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(dbIds);
            assertThat(copies.values()).as("no message more than twice").allMatch(n -> n <= 2);
            assertThat(inFlight).as("in flight on the killed node").containsAll(sentTwice);
            assertThat(receivedIds).hasSize(MESSAGES + sentTwice.size());
        }
    }

    @Test
    void aBadMailSettingStopsTheStartWithOneLine(@TempDir Path folder) throws Exception {
        Map<String, String> settings = PortalProcess.settings(TestDatabase.url());
        settings.put("MAIL_RATE_PER_SECOND", "fast");
        try (PortalProcess node = PortalProcess.start(settings, folder)) {
            assertThat(node.awaitExit(START)).as(node.output()).isEqualTo(1);
            assertThat(node.output().lines().filter(line -> line.contains("Chung Tay cannot start"))).singleElement()
                    .asString().contains("MAIL_RATE_PER_SECOND is 'fast', but it must be a number of messages per second");
            assertThat(node.output()).doesNotContain("\tat org.", "Tomcat started");
        }
    }

    private static void queue(DriverManagerDataSource database, String domain) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            rows.add(new Object[] {"nodes:" + domain + ":" + i, "donor-" + i + "@" + domain, "Cảm ơn nhà hảo tâm " + i,
                    "Xin chân thành cảm ơn khoản đóng góp của quý vị cho Quỹ Bảo trợ trẻ em.", now, now,
                    "<" + UUID.randomUUID() + "@chungtay.local>"});
        }
        new JdbcTemplate(database).batchUpdate("""
                INSERT INTO email_message (dedup_key, category, recipient, language, subject, body_text, status, attempts,
                  next_attempt_at, created_at, message_id) VALUES (?, 'TRANSACTIONAL', ?, 'vi', ?, ?, 'QUEUED', 0, ?, ?, ?)""",
                rows);
    }

    private static long count(JdbcClient jdbc, String domain, String status) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE recipient LIKE ? AND status = ?")
                .param("%@" + domain).param(status).query(Long.class).single();
    }

    private static void awaitCluster(JdbcClient jdbc, int nodes) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            long members = jdbc.sql("SELECT count(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'chungtay'"
                    + " AND LAST_CHECKIN_TIME > ?").param(System.currentTimeMillis() - 10_000).query(Long.class).single();
            if (members >= nodes) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the nodes did not join the scheduler cluster");
    }

}
