package org.chungtay.communications;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * What a failed attempt means, read from JavaMail's exceptions and the SMTP server's reply code. Each message
 * has one recipient, so a refusal of the recipient is a refusal of the message.
 *
 * @param kind  what to do with the message, and with the rest of its batch
 * @param reply the server's reply, or what went wrong on the way, for the delivery record
 */
record SmtpFailure(Kind kind, String reply) {

    enum Kind {
        /** Refused for good: a 5xx reply to this recipient (RCPT TO) or to this message (its data), or no valid address. */
        PERMANENT,
        /** This message may go later: a 4xx reply to this recipient or to its data. The connection stays usable. */
        TEMPORARY,
        /**
         * The server takes no mail now: it cannot be reached, timed out, closed the connection, answered 421, or
         * refused our sender (MAIL FROM), which no message of the batch can change. Temporary for every message
         * of the batch, and the batch stops.
         */
        SERVER
    }

    static SmtpFailure of(Exception problem) {
        if (problem instanceof AddressException) {
            return new SmtpFailure(Kind.PERMANENT, describe(problem));
        }
        if (problem instanceof MessagingException messaging) {
            for (Exception link = messaging; link != null; link = next(link)) {
                if (link instanceof SMTPAddressFailedException address) {
                    return byCode(address.getReturnCode(), Kind.PERMANENT, ownMessage(address));
                }
                if (link instanceof SMTPSendFailedException send) {
                    boolean sender = send.getCommand() != null && send.getCommand().regionMatches(true, 0, "MAIL", 0, 4);
                    return byCode(send.getReturnCode(), sender ? Kind.SERVER : Kind.PERMANENT, ownMessage(send));
                }
            }
        }
        return new SmtpFailure(Kind.SERVER, describe(problem));
    }

    /** 421 and anything that is not a reply (the connection ended) concern the server; 4xx waits; 5xx is as given. */
    private static SmtpFailure byCode(int code, Kind permanent, String reply) {
        String text = reply == null ? String.valueOf(code) : reply.strip();
        if (code == 421 || code < 400 || code > 599) {
            return new SmtpFailure(Kind.SERVER, text);
        }
        return new SmtpFailure(code >= 500 ? permanent : Kind.TEMPORARY, text);
    }

    private static Exception next(Exception link) {
        return link instanceof MessagingException messaging && messaging.getNextException() != link
                ? messaging.getNextException() : null;
    }

    /** Each cause's own message once, outermost first, such as "Could not connect to SMTP host: …: Connection refused". */
    private static String describe(Throwable problem) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = problem; cause != null && seen.add(cause); cause = cause.getCause()) {
            String message = ownMessage(cause);
            if (!message.isEmpty() && text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
        }
        return text.length() > OutboxStore.ERROR_LIMIT ? text.substring(0, OutboxStore.ERROR_LIMIT) : text.toString();
    }

    /** A MessagingException's message without the nested exceptions it appends. */
    private static String ownMessage(Throwable problem) {
        String message = problem.getMessage();
        if (message == null) {
            return problem.getClass().getSimpleName();
        }
        int nested = message.indexOf(";\n  nested exception is");
        return (nested < 0 ? message : message.substring(0, nested)).strip();
    }
}
