package org.chungtay.communications;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;

import org.chungtay.shared.EmailAddress;

/**
 * What a message in the bounce mailbox means, read by its standard form, never by its wording:
 * <ul>
 * <li>a delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}) whose
 * recipients have {@code Action: failed} and a {@code Status: 5.x.x}: each {@code Final-Recipient} bounced for
 * good; a 4.x.x (delayed) is not a bounce;</li>
 * <li>a complaint (RFC 5965: {@code report-type=feedback-report}): the {@code Original-Rcpt-To} of the report,
 * else the {@code To} of the returned message, complained;</li>
 * <li>a mail to the unsubscribe address of {@code List-Unsubscribe}, whose subject is
 * {@code unsubscribe <token>}.</li>
 * </ul>
 * Anything else means nothing. Addresses that are not valid are left out.
 */
final class BounceMessages {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("\\s*unsubscribe\\s+(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERMANENT = Pattern.compile("5\\.\\d{1,3}\\.\\d{1,3}");

    private BounceMessages() {
    }

    /** What one message says. */
    record Finding(Kind kind, List<EmailAddress> addresses, String token) {

        enum Kind {
            HARD_BOUNCE, COMPLAINT, UNSUBSCRIBE, NOTHING
        }

        static Finding nothing() {
            return new Finding(Kind.NOTHING, List.of(), null);
        }
    }

    static Finding read(Message message) throws MessagingException, IOException {
        String subject = message.getSubject();
        Matcher unsubscribe = UNSUBSCRIBE.matcher(subject == null ? "" : subject);
        if (unsubscribe.matches()) {
            return new Finding(Finding.Kind.UNSUBSCRIBE, List.of(), unsubscribe.group(1));
        }
        if (!message.isMimeType("multipart/report") || !(message.getContent() instanceof Multipart parts)) {
            return Finding.nothing();
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        String type = reportType == null ? "" : reportType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "delivery-status" -> bounces(parts);
            case "feedback-report" -> complaint(parts);
            default -> Finding.nothing();
        };
    }

    private static Finding bounces(Multipart parts) throws MessagingException, IOException {
        List<EmailAddress> failed = new ArrayList<>();
        for (BodyPart part : parts(parts)) {
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                try (InputStream fields = part.getInputStream()) {
                    new InternetHeaders(fields); // the fields of the whole message (Reporting-MTA …)
                    for (InternetHeaders recipient = new InternetHeaders(fields); recipient.getAllHeaderLines()
                            .hasMoreElements(); recipient = new InternetHeaders(fields)) {
                        String action = first(recipient, "Action");
                        String status = first(recipient, "Status");
                        if ("failed".equalsIgnoreCase(action) && status != null && PERMANENT.matcher(status).lookingAt()) {
                            address(typed(first(recipient, "Final-Recipient"))).ifPresent(failed::add);
                        }
                    }
                }
            }
        }
        return failed.isEmpty() ? Finding.nothing() : new Finding(Finding.Kind.HARD_BOUNCE, failed, null);
    }

    private static Finding complaint(Multipart parts) throws MessagingException, IOException {
        String recipient = null;
        String returnedTo = null;
        for (BodyPart part : parts(parts)) {
            if (part.isMimeType("message/feedback-report")) {
                try (InputStream fields = part.getInputStream()) {
                    recipient = first(new InternetHeaders(fields), "Original-Rcpt-To");
                }
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                try (InputStream returned = part.getInputStream()) {
                    returnedTo = first(new InternetHeaders(returned), "To");
                }
            }
        }
        String complained = recipient != null ? typed(recipient) : returnedTo;
        return address(complained).map(address -> new Finding(Finding.Kind.COMPLAINT, List.of(address), null))
                .orElseGet(Finding::nothing);
    }

    private static List<BodyPart> parts(Multipart multipart) throws MessagingException {
        List<BodyPart> all = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            all.add(multipart.getBodyPart(i));
        }
        return all;
    }

    private static String first(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? null : value.strip();
    }

    /** An address field with its type ({@code rfc822; someone@example.vn}) as the bare address. */
    private static String typed(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        return semicolon < 0 ? field : field.substring(semicolon + 1);
    }

    private static Optional<EmailAddress> address(String field) {
        if (field == null) {
            return Optional.empty();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(field.strip(), false);
            return parsed.length == 1 && EmailAddress.isValid(parsed[0].getAddress())
                    ? Optional.of(EmailAddress.parse(parsed[0].getAddress())) : Optional.empty();
        } catch (AddressException unreadable) {
            return Optional.empty();
        }
    }
}
