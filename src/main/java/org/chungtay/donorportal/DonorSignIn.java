package org.chungtay.donorportal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.chungtay.donors.DonorAccounts;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.ClientAddress;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.RateLimit;
import org.chungtay.shared.RateLimit.Allowance;
import org.chungtay.shared.RateLimits;
import org.chungtay.shared.Sha256;
import org.chungtay.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwordless sign-in to the donor portal (DD029). Whoever types an address gets the same answer; if the address
 * may sign in for a donor, a link is emailed that signs in once, within {@link #VALID}. Its token has 256 random
 * bits and only its SHA-256 is stored. Requests are limited per address and per client, across nodes, and only
 * those with a well-formed address count.
 */
@Service
public class DonorSignIn {

    /** How long a link works. */
    public static final Duration VALID = Duration.ofMinutes(10);

    static final RateLimit PER_ADDRESS = RateLimit.of("donor-links-per-address",
            new Allowance(3, Duration.ofMinutes(15)), new Allowance(10, Duration.ofDays(1)));
    static final RateLimit PER_CLIENT = RateLimit.of("donor-links-per-client",
            new Allowance(10, Duration.ofHours(1)), new Allowance(50, Duration.ofDays(1)));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DonorAccounts accounts;
    private final RateLimits limits;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final String baseUrl;

    DonorSignIn(DonorAccounts accounts, RateLimits limits, JdbcClient jdbc, ApplicationEventPublisher events,
            AuditTrail audit, @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.accounts = accounts;
        this.limits = limits;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.baseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Emails a sign-in link for each donor the address may sign in for, in that donor's language, and nothing when
     * there is none: the caller cannot tell which happened.
     *
     * @throws UserFacingException when the input is no address ({@link EmailAddress#INVALID_MESSAGE_KEY}) or when
     *                             the address or the client asked too often ({@code donor-portal.sign-in.too-many})
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestLink(String typedAddress, String remoteAddress) {
        EmailAddress email = EmailAddress.parse(typedAddress);
        ClientAddress client = ClientAddress.of(remoteAddress);
        if (!limits.hasRoom(PER_CLIENT, client.key()) || !limits.tryConsume(PER_ADDRESS, email.value())
                || !limits.tryConsume(PER_CLIENT, client.key())) {
            throw new UserFacingException("donor-portal.sign-in.too-many");
        }
        Instant now = Instant.now();
        jdbc.sql("DELETE FROM donor_sign_in_link WHERE expires_at < :before")
                .param("before", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        for (DonorAccounts.SignInAccount account : accounts.forSignIn(email)) {
            String token = newToken();
            String hash = hash(token);
            jdbc.sql("""
                    INSERT INTO donor_sign_in_link (token_hash, donor_id, email, requested_at, expires_at)
                    VALUES (:hash, :donor, :email, :now, :expires)""")
                    .param("hash", hash).param("donor", account.donorId()).param("email", email.value())
                    .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALID)))
                    .update();
            events.publishEvent(new SignInLinkRequested(account.donorId(), email.value(), account.locale(),
                    account.fundUnitId(), baseUrl + "/" + DonorPortalNavigation.SIGN_IN + "/" + token,
                    (int) VALID.toMinutes(), "donor-sign-in:" + hash.substring(0, 32)));
        }
    }

    /** Whether the link would sign in now (unused, not expired), without using it: for the page it opens. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return wellFormed(token) && jdbc.sql("""
                SELECT COUNT(*) FROM donor_sign_in_link
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash(token)).param("now", Timestamp.from(Instant.now()))
                .query(Long.class).single() > 0;
    }

    /**
     * Uses the link: the donor it signs in for, once. A second use, an expired or unknown link, or an address that
     * no longer belongs to the donor signs in nobody. Audited as the donor's sign-in.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<DonorPrincipal> redeem(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String hash = hash(token);
        int used = jdbc.sql("""
                UPDATE donor_sign_in_link SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("now", Timestamp.from(now)).param("hash", hash).update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT donor_id, email FROM donor_sign_in_link WHERE token_hash = :hash")
                .param("hash", hash)
                .query((row, n) -> new DonorPrincipal(row.getLong(1), row.getString(2), now))
                .optional()
                .filter(donor -> accounts.maySignIn(donor.donorId(), donor.email()))
                .map(donor -> {
                    donor.run(() -> audit.record("donor", donor.donorId(), "signed-in", null, donor.email()));
                    return donor;
                });
    }

    /** The language the donor chose, for the session that the link opens. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Locale languageOf(DonorPrincipal donor) {
        return accounts.languageOf(donor.donorId());
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
