package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draining the outbox to a local SMTP server (GreenMail, in this JVM) through the real dispatcher (claims in
 * MariaDB, one connection per batch, outcomes recorded) next to a plain JavaMail loop over one reused connection
 * sending the same messages, in the same run: plain, outbox, plain again, after a warm-up of each. The sending
 * rate is set out of the way; batch size and lease are the defaults.
 *
 * <p>Not an IT (the suite does not queue 10,000 messages on every run); run it with bench/outbox-drain.sh.
 * Figures: standard output and target/bench-outbox-drain.txt. {@code -Dbench.messages} changes the size.
 * Goal of issue 8: at least 500 messages per second, and at least half of the plain loop.
 */
class OutboxDrainBenchmark extends IntegrationTest {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final int WARM_UP = 1_000;
    private static final String SUBJECT = "Cảm ơn Công ty Cà phê Ban Mê đã chung tay vì trẻ em";
    private static final String BODY = """
            Kính gửi Công ty Cà phê Ban Mê,

            Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk xin chân thành cảm ơn khoản đóng góp 30.000.000 ₫ cho chiến dịch
            Tháng hành động vì trẻ em. Biên nhận DL-BMT/2026/17 đính kèm trong cổng Chung Tay.

            Trân trọng,
            Quỹ Bảo trợ trẻ em
            """;

    @Autowired
    OutboxStore store;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailDeliverySettings defaults;

    private final TestClock clock = new TestClock(Duration.ofDays(7300));

    @Test
    void drainingTheOutboxReachesFiveHundredMessagesASecondAndHalfOfAPlainLoop() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getSmtp().getPort());
            MailDeliverySettings settings = new MailDeliverySettings(defaults.retryWindow(), 100_000,
                    defaults.batchSize(), defaults.lease(), defaults.dispatchIntervalSeconds(), defaults.from());
            OutboxDispatcher dispatcher = new OutboxDispatcher(store, transactions, sender, settings, clock);

            plain(sender.getSession(), server, WARM_UP);
            outbox(dispatcher, server, WARM_UP);
            double plainFirst = plain(sender.getSession(), server, MESSAGES);
            double outbox = outbox(dispatcher, server, MESSAGES);
            double plainAgain = plain(sender.getSession(), server, MESSAGES);
            double plainMean = (plainFirst + plainAgain) / 2;

            List<String> report = new ArrayList<>();
            report.add(String.format("Outbox drain, %s, %d processors, MariaDB %s of the tests (innodb_flush_log_at_trx_commit=%s),"
                    + " GreenMail in the same JVM, %,d messages of %,d bytes of text, load average %.1f",
                    VietnamTime.today(), Runtime.getRuntime().availableProcessors(),
                    jdbc.queryForObject("SELECT VERSION()", String.class),
                    jdbc.queryForObject("SELECT @@innodb_flush_log_at_trx_commit", String.class), MESSAGES,
                    BODY.getBytes(StandardCharsets.UTF_8).length,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            report.add(String.format("plain JavaMail loop, one reused connection: %,.0f messages/s, then %,.0f messages/s",
                    plainFirst, plainAgain));
            report.add(String.format("outbox drain (claim, batches of %d over one connection each, record): %,.0f messages/s",
                    settings.batchSize(), outbox));
            report.add(String.format("ratio outbox / plain (mean of both plain runs): %.2f", outbox / plainMean));
            Map<String, Object> plan = jdbc.queryForList("""
                    EXPLAIN SELECT id, recipient, subject, body_text, message_id, first_failed_at FROM email_message
                    WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 100""",
                    OutboxStore.utc(clock.instant())).getFirst();
            report.add("the claim's plan: key " + plan.get("key") + ", type " + plan.get("type") + ", " + plan.get("Extra"));
            String text = String.join("\n", report);
            System.out.println(text);
            Files.writeString(Path.of("target", "bench-outbox-drain.txt"), text + "\n");

            assertThat(outbox).as("messages per second through the outbox").isGreaterThanOrEqualTo(500);
            assertThat(outbox / plainMean).as("outbox against a plain loop").isGreaterThanOrEqualTo(0.5);
        } finally {
            server.stop();
        }
    }

    /** A plain JavaMail loop: one connection, one message after another. Returns messages per second. */
    private static double plain(Session session, GreenMail server, int count) throws Exception {
        server.purgeEmailFromAllMailboxes();
        long started = System.nanoTime();
        Transport transport = session.getTransport("smtp");
        transport.connect(server.getSmtp().getBindTo(), server.getSmtp().getPort(), null, null);
        try {
            for (int i = 0; i < count; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("no-reply@chungtay.local", "Chung Tay", "UTF-8"));
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient(i), true));
                message.setSubject(SUBJECT, "UTF-8");
                message.setText(BODY, "UTF-8");
                message.setSentDate(new Date());
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            transport.close();
        }
        double perSecond = count / ((System.nanoTime() - started) / 1e9);
        assertThat(server.getReceivedMessages()).hasSize(count);
        return perSecond;
    }

    /** Queues the messages (not timed), then drains them through the dispatcher. Returns messages per second. */
    private double outbox(OutboxDispatcher dispatcher, GreenMail server, int count) throws Exception {
        server.purgeEmailFromAllMailboxes();
        LocalDateTime due = OutboxStore.utc(clock.instant());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"bench:" + run + ":" + i, recipient(i), SUBJECT, BODY, due, due,
                    OutboxStore.newMessageId("chungtay.local")});
        }
        jdbc.batchUpdate("""
                INSERT INTO email_message (dedup_key, category, recipient, language, subject, body_text, status, attempts,
                  next_attempt_at, created_at, message_id) VALUES (?, 'TRANSACTIONAL', ?, 'vi', ?, ?, 'QUEUED', 0, ?, ?, ?)""",
                rows);
        long started = System.nanoTime();
        int sent = dispatcher.drain();
        double perSecond = sent / ((System.nanoTime() - started) / 1e9);
        assertThat(sent).isGreaterThanOrEqualTo(count);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_message WHERE dedup_key LIKE ? AND status = 'SENT'",
                Long.class, "bench:" + run + ":%")).isEqualTo(count);
        return perSecond;
    }

    private static String recipient(int i) {
        return "donor-" + (i % 100) + "@bench.test";
    }
}
