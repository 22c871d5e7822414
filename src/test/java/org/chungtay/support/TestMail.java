package org.chungtay.support;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) that the tests' portal sends to, started once per test JVM. */
public final class TestMail {

    private static GreenMail server;
    private static volatile Runnable sendQueued = () -> { };

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            try {
                server = new GreenMail(new ServerSetup(TestDatabase.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /**
     * What sends the outbox's due messages now (the running portal's dispatcher), called while a test waits for a
     * message instead of waiting for the dispatch job's next run.
     */
    public static void sendQueuedWith(Runnable send) {
        sendQueued = send;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The first message the server received for the recipient, waited for up to a minute (the outbox job sends). */
    public static MimeMessage awaitMessageTo(String recipient) {
        return awaitMessageTo(recipient, "");
    }

    /** The first message for the recipient whose subject contains the text, waited for up to a minute. */
    public static MimeMessage awaitMessageTo(String recipient, String subjectPart) {
        return awaitMessageTo(recipient, subjectPart, 1);
    }

    /** The {@code nth} message (from 1) for the recipient whose subject contains the text, waited for up to a minute. */
    public static MimeMessage awaitMessageTo(String recipient, String subjectPart, int nth) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            sendQueued.run();
            int found = 0;
            for (MimeMessage message : server().getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equals(recipient)
                            && message.getSubject().contains(subjectPart) && ++found == nth) {
                        return message;
                    }
                } catch (MessagingException unreadable) {
                    // another test's message; not the one waited for
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No email to " + recipient + (subjectPart.isEmpty() ? "" : " about " + subjectPart));
    }

    /** The plain-text part of a message as a person's mail app would show it, multipart or not. */
    public static String text(Part message) {
        return part(message, "text/plain");
    }

    /** The HTML part of a message, or null when it has none. */
    public static String html(Part message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                // Mail travels with CRLF line ends; tests read lines as the template wrote them.
                return part.getContent().toString().replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart inner = multipart.getBodyPart(i);
                    String found = part(inner, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first To address of a received message. */
    public static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
