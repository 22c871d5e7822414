package org.chungtay.communications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;

import org.chungtay.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The mail that the embedded SMTP server of zero-setup mode (DD001: {@code DB_URL} and {@code SMTP_HOST}
 * unset, a GreenMail server started by the setup) received, so that a new user sees what the portal sends.
 * Outside that mode there is no such server and this mailbox is off: it lists nothing and opens nothing.
 * The server keeps its mail in memory, so it is read from there, newest first; it holds only what this
 * process sent since it started. For administrators.
 */
@Service
public class CapturedMailbox {

    private static final Comparator<StoredMessage> ARRIVAL = Comparator
            .comparing(StoredMessage::getReceivedDate).thenComparingLong(StoredMessage::getUid);

    private final ObjectProvider<GreenMail> server;

    CapturedMailbox(ObjectProvider<GreenMail> server) {
        this.server = server;
    }

    /** Whether mail is captured here at all (zero-setup mode without an SMTP server of the user's). */
    @PreAuthorize(Role.ANY_STAFF)
    public boolean isOn() {
        return server.getIfAvailable() != null;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return received().size();
    }

    /** A page of the captured messages, the latest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CapturedMessage.Summary> page(int offset, int limit) {
        List<StoredMessage> all = received();
        List<CapturedMessage.Summary> page = new ArrayList<>();
        for (int index = all.size() - 1 - Math.max(0, offset); index >= 0 && page.size() < limit; index--) {
            MimeMessage message = all.get(index).getMimeMessage();
            page.add(new CapturedMessage.Summary(index + 1, all.get(index).getReceivedDate().toInstant(),
                    addresses(message::getFrom), to(message), subject(message)));
        }
        return page;
    }

    /** One captured message by its number; empty when there is none such (or capture is off). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<CapturedMessage> open(int number) {
        List<StoredMessage> all = received();
        if (number < 1 || number > all.size()) {
            return Optional.empty();
        }
        StoredMessage stored = all.get(number - 1);
        MimeMessage message = stored.getMimeMessage();
        try {
            Parts parts = new Parts();
            parts.read(message);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(header.getName(), decoded(header.getValue())));
            }
            return Optional.of(new CapturedMessage(number, stored.getReceivedDate().toInstant(),
                    addresses(message::getFrom), to(message), subject(message), message.getMessageID(), headers, parts.html, parts.text, parts.attachments));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("Captured message " + number + " cannot be read", unreadable);
        }
    }

    /** Every received message in the order it arrived; none when capture is off. */
    private List<StoredMessage> received() {
        GreenMail greenMail = server.getIfAvailable();
        if (greenMail == null) {
            return List.of();
        }
        List<StoredMessage> all = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        all.sort(ARRIVAL);
        return all;
    }

    /** A header as a person reads it: encoded words (RFC 2047) decoded, unfolded. */
    private static String decoded(String value) {
        try {
            return MimeUtility.unfold(MimeUtility.decodeText(value));
        } catch (UnsupportedEncodingException unknownCharset) {
            return value;
        }
    }

    private static String to(MimeMessage message) {
        return addresses(() -> message.getRecipients(Message.RecipientType.TO));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> all = new ArrayList<>();
        for (Address address : addresses) {
            all.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
        }
        return String.join(", ", all);
    }

    private static String addresses(MessageAddresses read) {
        try {
            return addresses(read.get());
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** Reads a message's addresses, which may be malformed. */
    @FunctionalInterface
    private interface MessageAddresses {
        Address[] get() throws MessagingException;
    }

    /** The first text and HTML parts that are not attachments, and every attached file. */
    private static final class Parts {

        private String html;
        private String text;
        private final List<MailAttachment> attachments = new ArrayList<>();

        void read(Part part) throws MessagingException, IOException {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    read(multipart.getBodyPart(i));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                try (InputStream content = part.getInputStream()) {
                    attachments.add(new MailAttachment(part.getFileName() == null ? "file" : part.getFileName(),
                            part.getContentType().split(";")[0].strip(), content.readAllBytes()));
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = part.getContent().toString();
            }
        }
    }
}
