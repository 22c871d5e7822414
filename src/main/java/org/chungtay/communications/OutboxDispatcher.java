package org.chungtay.communications;

import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.concurrent.locks.LockSupport;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.communications.EmailMessage.FailureKind;
import org.chungtay.communications.EmailMessage.Status;
import org.chungtay.communications.OutboxStore.Claimed;
import org.chungtay.communications.OutboxStore.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages in batches (DD020). A batch is claimed in one short transaction (FOR UPDATE SKIP LOCKED,
 * then a lease), sent over one SMTP connection with no transaction and no pooled connection held, at most
 * {@code MAIL_RATE_PER_SECOND}, and its outcomes are recorded every few messages in short transactions of
 * their own, written beside the sending (see {@link Recorder}). Delivery is at least once: if this node dies
 * after the server accepted a message and before its outcome was recorded, the lease runs out and another node
 * sends it again, with the same Message-ID.
 */
@Component
class OutboxDispatcher {

    /** Outcomes are recorded at the latest after this many messages or {@link #RECORD_EVERY}, whichever comes first. */
    static final int RECORD_AFTER = 20;
    static final Duration RECORD_EVERY = Duration.ofSeconds(1);
    /** Most outcomes sent and not yet recorded while the database is slow (see {@link Recorder}). */
    static final int MOST_UNRECORDED = 100;
    /** Waits after a temporary failure double with the time since the first, from one minute up to one hour. */
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final String NODE = nodeName();

    private final OutboxStore store;
    private final TransactionTemplate transactions;
    private final JavaMailSenderImpl mail;
    private final MailDeliverySettings settings;
    private final Clock clock;
    /** Makes the content of files that name what they render (a receipt's PDF), just before a message is sent. */
    private final UnaryOperator<MailAttachment> contentOf;
    /** The sender, its name encoded in UTF-8 (a fund's name is Vietnamese). */
    private final InternetAddress from;
    private volatile boolean stopping;
    /** Writes outcomes while the sending thread goes on; its one thread ends when idle. */
    private final ThreadPoolExecutor recorderThread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, "outbox-recorder");
                thread.setDaemon(true);
                return thread;
            });
    /** When the next SMTP transaction may start (System.nanoTime), for the sending rate. */
    private long nextSendNanos = System.nanoTime();

    @Autowired
    OutboxDispatcher(OutboxStore store, TransactionTemplate transactions, JavaMailSenderImpl mail,
            MailDeliverySettings settings, ReceiptAttachments receiptFiles) {
        this(store, transactions, mail, settings, Clock.systemUTC(), receiptFiles::withContent);
    }

    /** A dispatcher for messages whose files all carry their content, on this clock. */
    OutboxDispatcher(OutboxStore store, TransactionTemplate transactions, JavaMailSenderImpl mail,
            MailDeliverySettings settings, Clock clock) {
        this(store, transactions, mail, settings, clock, UnaryOperator.identity());
    }

    private OutboxDispatcher(OutboxStore store, TransactionTemplate transactions, JavaMailSenderImpl mail,
            MailDeliverySettings settings, Clock clock, UnaryOperator<MailAttachment> contentOf) {
        this.contentOf = contentOf;
        this.store = store;
        this.transactions = transactions;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.from = sender(settings.from());
        recorderThread.allowCoreThreadTimeOut(true);
    }

    /** The node is shutting down: finish the message on the wire, record, give the rest back. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    /** Sends batch after batch until nothing is due, the server fails, or the node stops; returns how many went. */
    synchronized int drain() {
        int sent = 0;
        while (!stopping) {
            Batch batch = dispatchBatch();
            sent += batch.sent();
            if (batch.claimed() < settings.batchSize() || batch.serverFailed()) {
                break;
            }
        }
        return sent;
    }

    /** Claims, sends and records one batch. */
    synchronized Batch dispatchBatch() {
        Instant now = clock.instant();
        String claim = NODE + "/" + UUID.randomUUID().toString().substring(0, 8);
        Instant until = now.plus(settings.lease());
        List<Claimed> batch = transactions.execute(status ->
                store.claim(now, settings.batchSize(), claim, until, settings.messageIdDomain()));
        if (batch == null || batch.isEmpty()) {
            return new Batch(0, 0, false);
        }
        // Stop at three quarters of the lease, so that no other node takes a message while it is on the wire here.
        Instant stopSendingAt = now.plus(settings.lease().multipliedBy(3).dividedBy(4));
        Session session = mail.getSession();
        Recorder recorder = new Recorder(claim);
        SmtpFailure serverFailure = null;
        int sent = 0;
        Transport transport = null;
        try {
            try {
                transport = connect(session);
            } catch (MessagingException problem) {
                serverFailure = SmtpFailure.of(problem);
            }
            for (Claimed message : batch) {
                if (serverFailure != null) {
                    recorder.add(failed(message, serverFailure));
                    continue;
                }
                if (stopping || clock.instant().isAfter(stopSendingAt)) {
                    recorder.release(message);
                    continue;
                }
                SmtpFailure failure = send(session, transport, message);
                if (failure == null) {
                    recorder.add(Outcome.sent(message, clock.instant()));
                    sent++;
                } else {
                    recorder.add(failed(message, failure));
                    if (failure.kind() == SmtpFailure.Kind.SERVER || !transport.isConnected()) {
                        serverFailure = failure;
                    }
                }
                recorder.recordIfDue();
            }
        } finally {
            close(transport);
            recorder.recordAll();
        }
        if (serverFailure != null) {
            LOG.warn("The SMTP server takes no mail now; {} messages wait: {}", batch.size() - sent, serverFailure.reply());
        }
        return new Batch(batch.size(), sent, serverFailure != null);
    }

    /** Sends one message at the sending rate; returns null when the server accepted it. */
    private SmtpFailure send(Session session, Transport transport, Claimed message) {
        MimeMessage mime;
        try {
            mime = mime(session, message.withAttachments(message.attachments().stream().map(contentOf).toList()),
                    clock.instant());
        } catch (DataAccessException unreadable) {
            // The receipt of a file could not be read now (the database is away): try again later.
            return new SmtpFailure(SmtpFailure.Kind.TEMPORARY, "A file cannot be made now: " + unreadable.getMessage());
        } catch (MessagingException | RuntimeException unbuildable) {
            return new SmtpFailure(SmtpFailure.Kind.PERMANENT, "The message cannot be built: " + unbuildable.getMessage());
        }
        pace();
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
            return null;
        } catch (MessagingException | IllegalStateException problem) {
            return SmtpFailure.of(problem);
        }
    }

    /**
     * The MIME message of a row: its fixed Message-ID, in UTF-8, multipart/alternative text and HTML when the
     * row has HTML (rows queued before templates had HTML go as plain text), its attachments, and for a
     * non-transactional message the {@code List-Unsubscribe} and one-click {@code List-Unsubscribe-Post} headers.
     */
    MimeMessage mime(Session session, Claimed message, Instant now) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, message.messageId());
        boolean multipart = message.bodyHtml() != null || !message.attachments().isEmpty();
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
        mime.setFrom(from);
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
        helper.setSubject(message.subject());
        if (message.bodyHtml() != null) {
            helper.setText(message.bodyText(), message.bodyHtml());
        } else {
            helper.setText(message.bodyText(), false);
        }
        for (MailAttachment file : message.attachments()) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        if (message.listUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", message.listUnsubscribe());
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.setSentDate(Date.from(now));
        mime.saveChanges();
        return mime;
    }

    /** What a failure makes of the message: the next attempt within the retry window, or failed for good. */
    private Outcome failed(Claimed message, SmtpFailure failure) {
        Instant now = clock.instant();
        if (failure.kind() == SmtpFailure.Kind.PERMANENT) {
            return Outcome.failed(message, Status.FAILED, now, now, message.firstFailedAt(), FailureKind.PERMANENT,
                    failure.reply());
        }
        Instant firstFailedAt = message.firstFailedAt() == null ? now : message.firstFailedAt();
        Instant next = nextAttempt(firstFailedAt, now, settings.retryWindow());
        return Outcome.failed(message, next == null ? Status.FAILED : Status.QUEUED, next == null ? now : next, now,
                firstFailedAt, FailureKind.TEMPORARY, failure.reply());
    }

    /**
     * After a temporary failure the message waits as long as it has been failing, at least {@link #FIRST_WAIT}
     * and at most {@link #LONGEST_WAIT} (1, 1, 2, 4 … 32, 60, 60 … minutes), and is tried a last time when the
     * retry window ends.
     *
     * @return the next attempt, or null when the window has ended
     */
    static Instant nextAttempt(Instant firstFailedAt, Instant now, Duration retryWindow) {
        Instant deadline = firstFailedAt.plus(retryWindow);
        if (!now.isBefore(deadline)) {
            return null;
        }
        Duration failing = Duration.between(firstFailedAt, now);
        Duration wait = failing.compareTo(FIRST_WAIT) < 0 ? FIRST_WAIT
                : failing.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : failing;
        Instant next = now.plus(wait);
        return next.isAfter(deadline) ? deadline : next;
    }

    /** Waits until the sending rate allows the next SMTP transaction. Only one drain runs at a time in the cluster. */
    private void pace() {
        long now = System.nanoTime();
        long wait = nextSendNanos - now;
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        nextSendNanos = Math.max(now, nextSendNanos) + settings.interval().toNanos();
    }

    private static InternetAddress sender(InternetAddress configured) {
        try {
            return new InternetAddress(configured.getAddress(), configured.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Transport connect(Session session) throws MessagingException {
        Transport transport = session.getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
        String username = mail.getUsername();
        String password = mail.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        transport.connect(mail.getHost(), mail.getPort(), username, password);
        return transport;
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the connection is gone either way
        }
    }

    private static String nodeName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException unknown) {
                host = "node";
            }
        }
        String name = host + "/" + ProcessHandle.current().pid();
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }

    /** How one batch went: messages claimed, accepted by the server, and whether the server failed the batch. */
    record Batch(int claimed, int sent, boolean serverFailed) {
    }

    /**
     * Outcomes waiting to be recorded. Every {@link #RECORD_AFTER} messages or {@link #RECORD_EVERY} they go to
     * the database in a short transaction on the recorder's thread, while this thread goes on sending: a slow
     * commit (a busy disk) costs no sending time. While one record is being written the next ones gather, up to
     * {@link #MOST_UNRECORDED}; then sending waits. That many at most are sent again if this node dies.
     */
    private final class Recorder {

        private final String claim;
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<Long> released = new ArrayList<>();
        private long recordedAt = System.nanoTime();
        private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

        Recorder(String claim) {
            this.claim = claim;
        }

        void add(Outcome outcome) {
            outcomes.add(outcome);
        }

        void release(Claimed message) {
            released.add(message.id());
        }

        void recordIfDue() {
            if (outcomes.size() < RECORD_AFTER && System.nanoTime() - recordedAt < RECORD_EVERY.toNanos()) {
                return;
            }
            if (!writing.isDone() && outcomes.size() < MOST_UNRECORDED) {
                return;
            }
            finishWriting();
            List<Outcome> now = List.copyOf(outcomes);
            outcomes.clear();
            writing = CompletableFuture.runAsync(() -> write(now, List.of()), recorderThread);
            recordedAt = System.nanoTime();
        }

        /** Waits for the record being written, then writes what is left, on this thread. */
        void recordAll() {
            finishWriting();
            write(List.copyOf(outcomes), List.copyOf(released));
            outcomes.clear();
            released.clear();
        }

        private void finishWriting() {
            try {
                writing.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }

        private void write(List<Outcome> recorded, List<Long> back) {
            if (!recorded.isEmpty() || !back.isEmpty()) {
                transactions.executeWithoutResult(status -> {
                    store.record(recorded, claim);
                    store.release(back, claim, clock.instant());
                });
            }
        }
    }

    /** A MIME message whose Message-ID is the row's, not a new one at every save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
