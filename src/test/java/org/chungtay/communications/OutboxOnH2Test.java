package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.InternetAddress;

import org.chungtay.communications.OutboxStore.Claimed;
import org.chungtay.support.TestMail;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's SQL on H2 in MySQL mode, as the zero-setup run has it (the ITs run it on MariaDB): the
 * migration, queueing a key twice, claims that skip locked rows, and a whole drain to a real SMTP server.
 */
class OutboxOnH2Test {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JdbcClient jdbc;
    private OutboxStore store;
    private TransactionTemplate transactions;
    private SimpleDriverDataSource h2;

    @BeforeEach
    void migrate() {
        h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;"
                + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(h2);
        store = new OutboxStore(jdbc, new JdbcTemplate(h2));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
    }

    @Test
    void aKeyQueuedTwiceIsOneRowAndNoError() {
        transactions.executeWithoutResult(status -> {
            store.insert(message("twice@example.vn", "h2:twice"), "<a@chungtay.local>", List.of());
            store.insert(message("twice@example.vn", "h2:twice"), "<b@chungtay.local>", List.of());
        });
        store.insert(message("twice@example.vn", "h2:twice"), "<c@chungtay.local>", List.of());
        store.insert(message("no-key@example.vn", null), "<d@chungtay.local>", List.of());
        store.insert(message("no-key@example.vn", null), "<e@chungtay.local>", List.of());

        assertThat(jdbc.sql("SELECT message_id FROM email_message WHERE dedup_key = 'h2:twice'").query(String.class).list())
                .containsExactly("<a@chungtay.local>");
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE dedup_key IS NULL").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aClaimSkipsRowsAnotherTransactionHoldsAndALeaseThatRanOutComesDueAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            store.insert(message("claim-" + i + "@example.vn", "h2:claim-" + i), "<claim-" + i + "@chungtay.local>", List.of());
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<Claimed>> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            List<Claimed> claimed = store.claim(NOW, 2, "node-a/1", NOW.plusSeconds(60), "chungtay.local");
            firstClaimed.countDown();
            await(secondDone);
            return claimed;
        }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<Claimed> second = transactions.execute(status ->
                store.claim(NOW, 10, "node-b/1", NOW.plusSeconds(60), "chungtay.local"));
        secondDone.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).extracting(Claimed::recipient)
                .containsExactly("claim-0@example.vn", "claim-1@example.vn");
        // H2 skips more than the locked rows (MariaDB returns the other two): never a row another claim holds.
        assertThat(second).extracting(Claimed::recipient).doesNotContain("claim-0@example.vn", "claim-1@example.vn");
        List<Claimed> rest = transactions.execute(status -> store.claim(NOW, 10, "node-b/2", NOW.plusSeconds(60),
                "chungtay.local"));
        assertThat(second.size() + rest.size()).isEqualTo(2);
        List<Claimed> beforeTheLeaseEnds = transactions.execute(status -> store.claim(NOW.plusSeconds(59), 10,
                "node-c/1", NOW.plusSeconds(119), "chungtay.local"));
        List<Claimed> afterIt = transactions.execute(status -> store.claim(NOW.plusSeconds(61), 10, "node-c/1",
                NOW.plusSeconds(121), "chungtay.local"));
        assertThat(beforeTheLeaseEnds).isEmpty();
        assertThat(afterIt).hasSize(4).extracting(Claimed::messageId)
                .containsExactly("<claim-0@chungtay.local>", "<claim-1@chungtay.local>", "<claim-2@chungtay.local>",
                        "<claim-3@chungtay.local>");
        assertThat(jdbc.sql("SELECT attempts FROM email_message ORDER BY id").query(Integer.class).list())
                .containsOnly(2);
    }

    @Test
    void aMessageFromBeforeFixedMessageIdsGetsOneWhenFirstClaimed() {
        jdbc.sql("""
                INSERT INTO email_message (category, recipient, language, subject, body_text, status, attempts,
                  next_attempt_at, created_at) VALUES ('TRANSACTIONAL', 'old@example.vn', 'vi', 'Cũ', 'Thư cũ', 'QUEUED',
                  0, ?, ?)""").param(OutboxStore.utc(NOW)).param(OutboxStore.utc(NOW)).update();

        List<Claimed> claimed = transactions.execute(status ->
                store.claim(NOW, 10, "node-a/1", NOW.plusSeconds(60), "quy.example.vn"));

        assertThat(claimed).singleElement().extracting(Claimed::messageId).asString().matches("<.+@quy\\.example\\.vn>");
        assertThat(jdbc.sql("SELECT message_id FROM email_message").query(String.class).single())
                .isEqualTo(claimed.getFirst().messageId());
    }

    @Test
    void aDrainSendsEverythingDueAndTheStaffQueriesRun() throws Exception {
        String recipient = "h2-" + UUID.randomUUID() + "@example.vn";
        store.insert(message(recipient, "h2:drain"), "<" + UUID.randomUUID() + "@chungtay.local>", List.of());
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMail.port());
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, transactions, sender, new MailDeliverySettings(
                Duration.ofDays(3), 1000, 100, Duration.ofSeconds(60), 10, new InternetAddress("no-reply@chungtay.local")),
                java.time.Clock.systemUTC());

        assertThat(dispatcher.drain()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT status FROM email_message WHERE dedup_key = 'h2:drain'").query(String.class).single())
                .isEqualTo("SENT");
        assertThat(TestMail.server().getReceivedMessages()).anySatisfy(received ->
                assertThat(received.getAllRecipients()[0].toString()).isEqualTo(recipient));
        assertThat(store.countFailing(NOW.minus(Duration.ofDays(30)))).isEqualTo(new FailingMailCount(0, 0));
        assertThat(store.failing(NOW.minus(Duration.ofDays(30)), 0, 50)).isEmpty();
    }

    @Test
    void aFileIsKeptWithItsMessageAndAQueuedMessageCanBeWithdrawn() {
        byte[] pdf = {'%', 'P', 'D', 'F'};
        store.insert(message("file@example.vn", "h2:file"), "<file@chungtay.local>",
                List.of(new MailAttachment("bien-nhan.pdf", "application/pdf", pdf)));
        store.insert(message("cancel@example.vn", "h2:cancel"), "<cancel@chungtay.local>", List.of());

        assertThat(store.cancel("h2:cancel", NOW)).isTrue();
        assertThat(store.cancel("h2:cancel", NOW)).isFalse();
        List<Claimed> claimed = transactions.execute(status -> store.claim(NOW, 10, "node-a/1", NOW.plusSeconds(60),
                "chungtay.local"));

        assertThat(claimed).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo("file@example.vn");
            assertThat(message.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("bien-nhan.pdf");
                assertThat(file.content()).isEqualTo(pdf);
            });
        });
        assertThat(store.cancel("h2:file", NOW)).as("a message on the wire stays").isFalse();
        store.insert(message("receipt@example.vn", "h2:receipt"), "<receipt@chungtay.local>",
                List.of(MailAttachment.receipt(42, "bien-nhan-EK-2027-1.pdf")));
        List<Claimed> withReceipt = transactions.execute(status -> store.claim(NOW, 10, "node-a/2", NOW.plusSeconds(60),
                "chungtay.local"));
        assertThat(withReceipt).singleElement().satisfies(message -> assertThat(message.attachments()).singleElement()
                        .satisfies(file -> {
                            assertThat(file.content()).as("made when it is sent").isNull();
                            assertThat(file.receiptId()).isEqualTo(42L);
                        }));
    }

    private static EmailMessage message(String recipient, String key) {
        return new EmailMessage(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.of("vi"), Map.of(),
                key), new MailTemplates.Rendered("Cảm ơn", null, "Xin cảm ơn."), null, NOW);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
