package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.communications.EmailMessage.FailureKind;
import org.chungtay.communications.EmailMessage.Status;
import org.chungtay.communications.OutboxStore.Claimed;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.ScriptedSmtp;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery of the outbox on the real database, to real SMTP servers: GreenMail where mail must arrive, and a
 * scripted server where it must be refused. The test's messages are due ten years ahead, on the clock of the
 * test's own dispatchers, so the portal's job never takes them.
 */
class OutboxDeliveryIT extends IntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    EmailMessageRepository messages;

    @Autowired
    MailDeliveryService delivery;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final String domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    private final TestClock clock = new TestClock(Duration.ofDays(3650));
    private final ScriptedSmtp smtp = ScriptedSmtp.start();

    @AfterEach
    void forgetThisTestsMessages() {
        smtp.close();
        jdbc.sql("DELETE FROM email_message WHERE recipient LIKE ?").param("%@" + domain).update();
    }

    @Test
    void aMessageHasItsMessageIdFromTheStartAndANodeThatDiesWithItsClaimLetsItGoAfterTheLeaseWithTheSameOne()
            throws Exception {
        String key = queue("lease");
        String messageId = row(key).messageId();
        assertThat(messageId).matches("<[0-9a-f-]{36}@chungtay\\.local>");

        // A node claims it and dies before it records anything.
        Instant claimedAt = clock.instant();
        List<Claimed> claimed = transactions.execute(status -> store.claim(claimedAt, 1000, "dead-node/1",
                claimedAt.plus(LEASE), "chungtay.local"));
        assertThat(claimed).filteredOn(message -> message.recipient().endsWith(domain))
                .extracting(Claimed::messageId).containsExactly(messageId);
        assertThat(row(key).claimedBy()).isEqualTo("dead-node/1");
        assertThat(row(key).attempts()).isEqualTo(1);

        clock.advance(LEASE.minusSeconds(5));
        dispatcher(TestMail.port(), 1000, 100).drain();
        assertThat(row(key).status()).as("the lease still holds").isEqualTo(Status.QUEUED);
        assertThat(row(key).claimedBy()).isEqualTo("dead-node/1");

        clock.advance(Duration.ofSeconds(10));
        dispatcher(TestMail.port(), 1000, 100).drain();
        EmailMessage sent = row(key);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.messageId()).isEqualTo(messageId);
        assertThat(sent.claimedBy()).isNull();
        assertThat(sent.sentAt()).isAfter(claimedAt.plus(LEASE));
        assertThat(Arrays.stream(greenMailTo(sent.recipient())).map(TestMail::messageIdOf)).containsExactly(messageId);
    }

    @Test
    void eachRecipientsRefusalIsToldApartPermanentFromTemporaryOnOneConnection() {
        smtp.answer(recipient -> recipient.startsWith("unknown") ? 550 : recipient.startsWith("full") ? 452 : 250,
                recipient -> recipient.startsWith("spam") ? 554 : recipient.startsWith("later") ? 451 : 250);
        String first = queue("first");
        String unknown = queue("unknown");
        String full = queue("full");
        String spam = queue("spam");
        String later = queue("later");
        String last = queue("last");
        Instant at = clock.instant();

        dispatcher(smtp.port(), 1000, 500).drain();

        assertThat(smtp.connections()).as("one connection for the batch").isEqualTo(1);
        assertThat(recipients(smtp.accepted())).containsExactly("first@" + domain, "last@" + domain);
        for (String key : List.of(first, last)) {
            assertThat(row(key).status()).isEqualTo(Status.SENT);
            assertThat(row(key).failureKind()).isNull();
        }
        for (String key : List.of(unknown, spam)) {
            EmailMessage refused = row(key);
            assertThat(refused.status()).isEqualTo(Status.FAILED);
            assertThat(refused.failureKind()).isEqualTo(FailureKind.PERMANENT);
            assertThat(refused.attempts()).isEqualTo(1);
        }
        assertThat(row(unknown).lastError()).startsWith("550 5.1.1");
        assertThat(row(spam).lastError()).startsWith("554 5.7.1");
        for (String key : List.of(full, later)) {
            EmailMessage waiting = row(key);
            assertThat(waiting.status()).isEqualTo(Status.QUEUED);
            assertThat(waiting.failureKind()).isEqualTo(FailureKind.TEMPORARY);
            // Connector/J takes MariaDB for MySQL 5.5 and writes no fractions of a second.
            assertThat(waiting.firstFailedAt()).isBetween(at.truncatedTo(ChronoUnit.SECONDS), clock.instant());
            assertThat(Duration.between(waiting.lastAttemptAt(), waiting.nextAttemptAt())).isEqualTo(Duration.ofMinutes(1));
            assertThat(waiting.claimedBy()).isNull();
        }
        assertThat(row(full).lastError()).startsWith("452");
    }

    @Test
    void aMessageSentAgainCarriesTheSameMessageId() {
        AtomicInteger tries = new AtomicInteger();
        smtp.answer(recipient -> 250, recipient -> recipient.startsWith("twice") && tries.incrementAndGet() == 1 ? 451 : 250);
        String key = queue("twice");
        String messageId = row(key).messageId();

        dispatcher(smtp.port(), 1000, 100).drain();
        assertThat(row(key).status()).isEqualTo(Status.QUEUED);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        dispatcher(smtp.port(), 1000, 100).drain();

        assertThat(row(key).status()).isEqualTo(Status.SENT);
        assertThat(row(key).attempts()).isEqualTo(2);
        List<MimeMessage> seen = smtp.seen().stream().filter(message -> TestMail.recipientOf(message).endsWith(domain))
                .toList();
        assertThat(seen).extracting(TestMail::messageIdOf).containsExactly(messageId, messageId);
    }

    @Test
    void aMessageThatKeepsFailingForNowIsRetriedForTheWholeWindowAndOnlyThenFails() {
        smtp.answer(recipient -> recipient.endsWith(domain) ? 451 : 250, recipient -> 250);
        String key = queue("greylisted");
        OutboxDispatcher dispatcher = dispatcher(smtp.port(), 1000, 500);

        dispatcher.drain();
        Instant firstFailure = row(key).firstFailedAt();
        while (row(key).status() == Status.QUEUED) {
            assertThat(row(key).lastAttemptAt()).isBefore(firstFailure.plus(Duration.ofDays(3)));
            clock.advanceTo(row(key).nextAttemptAt().plusMillis(1));
            dispatcher.drain();
        }

        EmailMessage failed = row(key);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.failureKind()).isEqualTo(FailureKind.TEMPORARY);
        assertThat(failed.lastAttemptAt()).isAfterOrEqualTo(firstFailure.plus(Duration.ofDays(3)));
        assertThat(failed.attempts()).isEqualTo(79);
    }

    @Test
    void whenTheServerRefusesEverythingForAWeekendAndComesBackNothingIsLostAndNothingIsMarkedFailed() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(queue("outage-" + i));
        }
        OutboxDispatcher dispatcher = dispatcher(smtp.port(), 1000, 15);

        smtp.greetWith(421);
        dispatcher.drain();
        // Friday evening to Monday morning: down, greeting 421, refusing every recipient for now, in turns.
        for (int hour = 1; hour <= 60; hour++) {
            switch (hour % 3) {
                case 0 -> smtp.down();
                case 1 -> smtp.greetWith(421);
                default -> smtp.answer(recipient -> 451, recipient -> 250);
            }
            clock.advance(Duration.ofHours(1));
            dispatcher.drain();
        }
        assertThat(keys).allSatisfy(key -> assertThat(row(key).status()).isEqualTo(Status.QUEUED));
        smtp.relayTo(TestMail.port());
        clock.advance(Duration.ofHours(1));
        dispatcher.drain();

        for (String key : keys) {
            EmailMessage message = row(key);
            assertThat(message.status()).as(key).isEqualTo(Status.SENT);
            assertThat(message.attempts()).as(key).isGreaterThan(10);
            assertThat(Arrays.stream(greenMailTo(message.recipient())).map(TestMail::messageIdOf))
                    .as(key).containsExactly(message.messageId());
        }
    }

    @Test
    void theSendingRateHolds() {
        for (int i = 0; i < 60; i++) {
            queue("rate-" + i);
        }
        OutboxDispatcher dispatcher = dispatcher(TestMail.port(), 40, 25);

        long started = System.nanoTime();
        dispatcher.drain();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(seconds).as("60 messages at 40 per second").isGreaterThanOrEqualTo(59 / 40.0 - 0.02).isLessThan(10);
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE recipient LIKE ? AND status = 'SENT'")
                .param("%@" + domain).query(Long.class).single()).isEqualTo(60);
    }

    @Test
    void twoTransactionsQueueingTheSameKeyAtOnceEndWithOneRowAndNoError() throws Exception {
        for (boolean firstCommits : List.of(true, false)) {
            String recipient = "race-" + firstCommits + "@" + domain;
            OutgoingEmail email = email(recipient);
            CountDownLatch firstQueued = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = two.submit(() -> transactions.executeWithoutResult(status -> {
                    outbox.enqueue(email);
                    firstQueued.countDown();
                    sleep(700);
                    if (!firstCommits) {
                        status.setRollbackOnly();
                    }
                }));
                assertThat(firstQueued.await(20, TimeUnit.SECONDS)).isTrue();
                Future<?> second = two.submit(() -> transactions.executeWithoutResult(status -> outbox.enqueue(email)));

                first.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
            } finally {
                two.shutdown();
            }
            assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE dedup_key = ?").param(email.dedupKey())
                    .query(Long.class).single()).as("first transaction commits: %s", firstCommits).isEqualTo(1);
        }
    }

    @Test
    void failingMailIsShownToTheRootsKeepersOnlyAndQueuedAgainWithAnAuditRecord() {
        smtp.answer(recipient -> recipient.startsWith("bounce") ? 550 : 250, recipient -> 250);
        String key = queue("bounce");
        dispatcher(smtp.port(), 1000, 500).drain();
        long id = row(key).id();
        String admin = newStaff(Role.ADMIN, root(), "Lê Văn Quản");
        String manager = newStaff(Role.FUND_MANAGER, root(), "Phạm Thị Hoa");
        String communeManager = newStaff(Role.FUND_MANAGER, newUnit("Xã Hòa Thắng"), "Đỗ Văn Nam");
        String accountant = newStaff(Role.ACCOUNTANT, root(), "Trần Minh Kế");

        FailingMailCount count = as(manager, () -> delivery.failingCount()).orElseThrow();
        assertThat(count.failed()).isPositive();
        assertThat(as(manager, () -> delivery.failing(0, 50))).filteredOn(mail -> mail.id() == id).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.state()).isEqualTo(FailingMail.State.REFUSED);
                    assertThat(mail.lastError()).startsWith("550");
                    assertThat(mail.nextAttemptAt()).isNull();
                });
        assertThat(as(communeManager, () -> delivery.failingCount())).isEmpty();
        assertThat(as(accountant, () -> delivery.failingCount())).isEmpty();
        assertThatThrownBy(() -> as(communeManager, () -> delivery.failing(0, 50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> delivery.requeue(id))).isInstanceOf(AccessDeniedException.class);

        as(admin, () -> delivery.requeue(id));

        EmailMessage queued = row(key);
        assertThat(queued.status()).isEqualTo(Status.QUEUED);
        assertThat(queued.failureKind()).isNull();
        assertThat(queued.firstFailedAt()).isNull();
        assertThat(as(admin, () -> delivery.failing(0, 50))).noneMatch(mail -> mail.id() == id);
        assertThat(audit.historyOf("email_message", id)).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo(admin);
            assertThat(record.action()).isEqualTo("requeue");
            assertThat(record.before()).contains("status=FAILED", "failure=PERMANENT", "550");
            assertThat(record.after()).isEqualTo("status=QUEUED");
        });
        assertThatThrownBy(() -> as(admin, () -> delivery.requeue(id))).isInstanceOf(UserFacingException.class)
                .hasMessage("outbox.failing.error.not-failing");
    }

    /** Queues a message of this test through the outbox, due now on the test's clock. */
    private String queue(String name) {
        OutgoingEmail email = email(name + "@" + domain);
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(email);
            jdbc.sql("UPDATE email_message SET next_attempt_at = ? WHERE dedup_key = ?")
                    .param(OutboxStore.utc(clock.instant())).param(email.dedupKey()).update();
        });
        return email.dedupKey();
    }

    private static OutgoingEmail email(String recipient) {
        return new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.of("vi"),
                Map.of("donorName", "Công ty Cà phê Ban Mê", "amount", "30.000.000 ₫", "paidOn", "12/06/2027",
                        "campaignName", "Tháng hành động vì trẻ em", "reference", false, "fundUnitName",
                        "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk", "pageUrl", "http://localhost/donor"),
                "delivery-test:" + recipient);
    }

    private EmailMessage row(String key) {
        return messages.findByDedupKey(key).orElseThrow();
    }

    private OutboxDispatcher dispatcher(int port, double rate, int batchSize) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        try {
            return new OutboxDispatcher(store, transactions, sender, new MailDeliverySettings(Duration.ofDays(3), rate,
                    batchSize, LEASE, 10, new InternetAddress("Chung Tay <no-reply@chungtay.local>")), clock);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage[] greenMailTo(String recipient) {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> TestMail.recipientOf(message).equals(recipient)).toArray(MimeMessage[]::new);
    }

    private List<String> recipients(List<MimeMessage> received) {
        return received.stream().map(TestMail::recipientOf).filter(r -> r.endsWith("@" + domain)).toList();
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
