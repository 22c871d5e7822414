package org.chungtay.communications;

import java.io.IOException;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.chungtay.communications.BounceMailboxSettings.BounceMailboxConfiguration;
import org.chungtay.communications.BounceMessages.Finding;
import org.chungtay.communications.MailSuppressions.Reason;
import org.chungtay.donors.ConsentByLink.Channel;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the new messages of the bounce mailbox over IMAP (Jakarta Mail's IMAP provider, from Angus Mail) and
 * acts on what each says ({@link BounceMessages}): a bounce for good or a complaint puts the address on the
 * suppression list, as the system; a mailed unsubscribe request withdraws the consent its token names, as the
 * donor. Each message is handled in a transaction of its own and then flagged as seen, so the next run reads
 * it no more. A crash between the two reads it once more, which changes nothing: an address on the list stays
 * as it is, and a withdrawn consent is not withdrawn again.
 */
@Component
class BounceMailbox {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);
    private static final String TIMEOUT_MS = "20000";

    private final BounceMailboxConfiguration configuration;
    private final MailSuppressions suppressions;
    private final MailChoiceLinks links;
    private final TransactionTemplate transactions;

    BounceMailbox(BounceMailboxConfiguration configuration, MailSuppressions suppressions, MailChoiceLinks links,
            TransactionTemplate transactions) {
        this.configuration = configuration;
        this.suppressions = suppressions;
        this.links = links;
        this.transactions = transactions;
    }

    /** Reads the configured mailbox, if there is one; returns how many new messages were read. */
    int readNew() throws MessagingException {
        return configuration.settings().isPresent() ? read(configuration.settings().get()) : 0;
    }

    /** Reads the messages of the mailbox not yet seen, acts on each and flags it as seen. */
    int read(BounceMailboxSettings mailbox) throws MessagingException {
        String protocol = mailbox.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MS);
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
        try {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    SystemActor.run(() -> handle(message));
                    message.setFlag(Flags.Flag.SEEN, true);
                }
                return unseen.length;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** Acts on one message, as the system (a mailed unsubscribe request then acts as the donor's link holder). */
    private void handle(Message message) {
        Finding finding;
        try {
            finding = BounceMessages.read(message);
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            LOG.warn("A message of the bounce mailbox could not be read and is left as seen: {}", unreadable.toString());
            return;
        }
        switch (finding.kind()) {
            case HARD_BOUNCE -> suppress(finding, Reason.HARD_BOUNCE);
            case COMPLAINT -> suppress(finding, Reason.COMPLAINT);
            case UNSUBSCRIBE -> {
                if (links.unsubscribe(finding.token(), Channel.REPLY).isEmpty()) {
                    LOG.info("A mailed unsubscribe request carried a token this portal did not sign; ignored");
                }
            }
            case NOTHING -> LOG.debug("A message of the bounce mailbox is no bounce, complaint or unsubscribe request");
        }
    }

    private void suppress(Finding finding, Reason reason) {
        transactions.executeWithoutResult(status -> {
            for (EmailAddress address : finding.addresses()) {
                suppressions.recordFromMailbox(address, reason, null);
            }
        });
    }
}
