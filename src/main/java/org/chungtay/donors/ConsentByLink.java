package org.chungtay.donors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.chungtay.shared.LinkHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A donor's own choice of mail, made by whoever holds a link the portal emailed to that donor (an unsubscribe
 * or preferences link, or a reply quoting one): which news they receive, and in which language. The caller
 * (communications) has verified the link's signature and passes the donor it was signed for; this class
 * trusts that, which is why it is open to anyone and tells no more than the donor's name.
 *
 * <p>Each change runs as the link's holder ({@link LinkHolder}, named {@code donor 42, email link} in the audit
 * trail and on the consent event), records consent events as staff changes do (only ever inserted; the latest
 * wins) and only where the choice changes, and is audited in the same transaction. A withdrawal comes from
 * {@link ConsentSource#UNSUBSCRIBE_LINK}, a grant from {@link ConsentSource#PREFERENCES_LINK}. A link of a
 * record merged since acts on the record it was merged into.
 */
@Service
@Transactional
public class ConsentByLink {

    /** How the holder reached the portal, as the audit trail names them. */
    public enum Channel {
        /** A link followed in a browser, or posted by a mail app (RFC 8058). */
        LINK("email link"),
        /** A mail sent to the unsubscribe address of {@code List-Unsubscribe}, quoting the link's token. */
        REPLY("email reply");

        private final String words;

        Channel(String words) {
            this.words = words;
        }
    }

    /**
     * What the holder of a donor's link sees: the name the mail is addressed to, the language, and the
     * categories that need an opt-in which the donor receives now.
     */
    public record LinkedDonor(String name, String language, Set<ConsentCategory> receiving) {

        public LinkedDonor {
            receiving = receiving.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(receiving));
        }

        public boolean receives(ConsentCategory category) {
            return receiving.contains(category);
        }
    }

    private final DonorRepository donors;
    private final DonorService service;
    private final MailChoices choices;

    ConsentByLink(DonorRepository donors, DonorService service, MailChoices choices) {
        this.donors = donors;
        this.service = service;
        this.choices = choices;
    }

    /** The donor a verified link names; empty if no such donor exists. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkedDonor> find(long donorId) {
        return live(donorId).map(this::linked);
    }

    /** Withdraws the donor's consent to the category, unless it is withdrawn already. */
    @PreAuthorize("permitAll()")
    public Optional<LinkedDonor> withdraw(long donorId, ConsentCategory category, Channel channel) {
        return change(donorId, channel,
                donor -> choices.decide(donor, category, false, ConsentSource.UNSUBSCRIBE_LINK));
    }

    /** Grants the donor's consent to the category again (an unsubscribe undone), unless it is granted already. */
    @PreAuthorize("permitAll()")
    public Optional<LinkedDonor> grant(long donorId, ConsentCategory category, Channel channel) {
        return change(donorId, channel,
                donor -> choices.decide(donor, category, true, ConsentSource.PREFERENCES_LINK));
    }

    /**
     * Saves the choices of the preferences page: each category that needs an opt-in granted if it is in
     * {@code receiving} and withdrawn otherwise, and the language ({@code vi} or {@code en}).
     */
    @PreAuthorize("permitAll()")
    public Optional<LinkedDonor> choose(long donorId, Set<ConsentCategory> receiving, String language, Channel channel) {
        return change(donorId, channel, donor -> choices.choose(donor, receiving, language,
                ConsentSource.PREFERENCES_LINK, ConsentSource.UNSUBSCRIBE_LINK));
    }

    private Optional<LinkedDonor> change(long donorId, Channel channel, java.util.function.Consumer<Donor> work) {
        return live(donorId).map(donor -> LinkHolder.call("donor " + donor.id() + ", " + channel.words, () -> {
            work.accept(donor);
            return linked(donor);
        }));
    }

    private Optional<Donor> live(long donorId) {
        return donors.findById(donorId).map(service::survivorOf);
    }

    private LinkedDonor linked(Donor donor) {
        return new LinkedDonor(donor.name(), donor.details().preferredLanguage(), choices.receiving(donor));
    }
}
