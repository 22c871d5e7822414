package org.chungtay.communications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed links that a non-transactional email carries: one that withdraws its recipient's consent to
 * that category of message (in the body and in {@code List-Unsubscribe}, RFC 8058), and one that opens the
 * recipient's preferences. Each names the donor and, for the first, the category; nothing else.
 */
@Component
public class UnsubscribeLinks {

    static final String UNSUBSCRIBE = "unsubscribe";
    static final String PREFERENCES = "preferences";

    private final SignedLinks signed;
    private final String baseUrl;
    private final MailDeliverySettings settings;

    UnsubscribeLinks(SignedLinks signed, @Value("${chungtay.public-base-url}") String baseUrl,
            MailDeliverySettings settings) {
        this.signed = signed;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.settings = settings;
    }

    /** Whose consent to what an unsubscribe link withdraws. */
    public record Subscription(long donorId, MessageCategory category) {
    }

    /** The token of the unsubscribe link of this donor and category. */
    public String unsubscribeToken(long donorId, MessageCategory category) {
        if (category == MessageCategory.TRANSACTIONAL) {
            throw new IllegalArgumentException("Transactional messages have no unsubscribe link");
        }
        return signed.sign(UNSUBSCRIBE, donorId + "-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@code https://…/unsubscribe/<token>}: a page to confirm with one click, and the RFC 8058 POST target. */
    public String unsubscribeUrl(long donorId, MessageCategory category) {
        return baseUrl + "/" + CommunicationsNavigation.UNSUBSCRIBE + "/" + unsubscribeToken(donorId, category);
    }

    /** The {@code List-Unsubscribe} header's value: the https link first, then a mailto to the sender's address. */
    String listUnsubscribeHeader(long donorId, MessageCategory category) {
        String token = unsubscribeToken(donorId, category);
        return "<" + baseUrl + "/" + CommunicationsNavigation.UNSUBSCRIBE + "/" + token + ">, <mailto:" + settings.from().getAddress() + "?subject="
                + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8).replace("+", "%20") + ">";
    }

    /** What an unsubscribe token names; empty if this portal did not sign it. */
    public Optional<Subscription> readUnsubscribe(String token) {
        return signed.verify(UNSUBSCRIBE, token).flatMap(payload -> {
            int dash = payload.indexOf('-');
            try {
                long donorId = Long.parseLong(payload.substring(0, dash));
                MessageCategory category = MessageCategory.valueOf(
                        payload.substring(dash + 1).toUpperCase(Locale.ROOT).replace('-', '_'));
                return Optional.of(new Subscription(donorId, category));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        });
    }

    /** {@code https://…/mail-preferences/<token>}: the donor's choice of messages, without signing in. */
    public String preferencesUrl(long donorId) {
        return baseUrl + "/" + CommunicationsNavigation.MAIL_PREFERENCES + "/" + preferencesToken(donorId);
    }

    /** The token of the donor's preferences link. */
    public String preferencesToken(long donorId) {
        return signed.sign(PREFERENCES, Long.toString(donorId));
    }

    /** The donor a preferences token names; empty if this portal did not sign it. */
    public Optional<Long> readPreferences(String token) {
        return signed.verify(PREFERENCES, token).flatMap(payload -> {
            try {
                return Optional.of(Long.parseLong(payload));
            } catch (NumberFormatException malformed) {
                return Optional.empty();
            }
        });
    }
}
