package org.chungtay.communications;

import java.util.Optional;
import java.util.Set;

import org.chungtay.communications.UnsubscribeLinks.Subscription;
import org.chungtay.donors.ConsentByLink;
import org.chungtay.donors.ConsentByLink.Channel;
import org.chungtay.donors.ConsentByLink.LinkedDonor;
import org.chungtay.donors.ConsentCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the holder of a signed link from an email may see and change, without signing in: the unsubscribe link
 * withdraws (or, undone, grants again) the consent to its one category; the preferences link chooses every
 * category and the language. The token is the only proof, so every method is open to anyone and first checks
 * the signature ({@link UnsubscribeLinks}); a token this portal did not sign, or of a donor that does not exist,
 * gives an empty answer and changes nothing. The donors module records and audits the change (DD022).
 */
@Service
public class MailChoiceLinks {

    private final UnsubscribeLinks links;
    private final ConsentByLink consent;

    MailChoiceLinks(UnsubscribeLinks links, ConsentByLink consent) {
        this.links = links;
        this.consent = consent;
    }

    /** The donor and category of an unsubscribe link, and whether the donor receives it now. */
    public record UnsubscribeState(ConsentCategory category, String language, boolean receiving) {
    }

    /** What an unsubscribe link would stop, without changing anything (a GET, which mail scanners follow too). */
    @PreAuthorize("permitAll()")
    public Optional<UnsubscribeState> unsubscribeState(String token) {
        return links.readUnsubscribe(token).flatMap(subscription -> consent.find(subscription.donorId())
                .map(donor -> state(subscription, donor)));
    }

    /** Withdraws the consent an unsubscribe token names, by a link or by a reply to the unsubscribe address. */
    @PreAuthorize("permitAll()")
    public Optional<UnsubscribeState> unsubscribe(String token, Channel channel) {
        return links.readUnsubscribe(token).flatMap(subscription -> consent.withdraw(subscription.donorId(),
                category(subscription), channel).map(donor -> state(subscription, donor)));
    }

    /** Undoes an unsubscribe: grants the consent the token names again. */
    @PreAuthorize("permitAll()")
    public Optional<UnsubscribeState> resubscribe(String token) {
        return links.readUnsubscribe(token).flatMap(subscription -> consent.grant(subscription.donorId(),
                category(subscription), Channel.LINK).map(donor -> state(subscription, donor)));
    }

    /** The preferences token of the donor an unsubscribe token names, for the page that links to it. */
    @PreAuthorize("permitAll()")
    public Optional<String> preferencesToken(String unsubscribeToken) {
        return links.readUnsubscribe(unsubscribeToken).map(subscription -> links.preferencesToken(subscription.donorId()));
    }

    /** The donor's name, language and news received, for the preferences page. */
    @PreAuthorize("permitAll()")
    public Optional<LinkedDonor> preferences(String token) {
        return links.readPreferences(token).flatMap(consent::find);
    }

    /** Saves the choices of the preferences page. */
    @PreAuthorize("permitAll()")
    public Optional<LinkedDonor> choose(String token, Set<ConsentCategory> receiving, String language) {
        return links.readPreferences(token).flatMap(donorId -> consent.choose(donorId, receiving, language,
                Channel.LINK));
    }

    private static ConsentCategory category(Subscription subscription) {
        return ConsentCategory.valueOf(subscription.category().name());
    }

    private static UnsubscribeState state(Subscription subscription, LinkedDonor donor) {
        ConsentCategory category = category(subscription);
        return new UnsubscribeState(category, donor.language(), donor.receives(category));
    }
}
