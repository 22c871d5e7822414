package org.chungtay.communications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tokens for links in emails that act without a sign-in (unsubscribe, preferences): a short payload and an
 * HMAC-SHA256 of it, so that nobody can make a link for another payload, and nothing needs to be stored per
 * link. The key is made on first use and kept in the database, so that every node of a cluster signs and
 * checks alike and a new installation needs no setting; deleting the row invalidates every link sent.
 */
@Component
public class SignedLinks {

    private static final String KEY_NAME = "email-links";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    SignedLinks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code payload.mac}; the payload must be URL-safe and contain no dot. */
    public String sign(String purpose, String payload) {
        if (!payload.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("A signed payload is letters, digits, '-' and '_' only");
        }
        return payload + "." + ENCODER.encodeToString(mac(purpose, payload));
    }

    /** The payload of a token this portal signed for this purpose; empty for anything else. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(given, mac(purpose, payload)) ? Optional.of(payload) : Optional.empty();
    }

    private byte[] mac(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal((purpose + "\n" + payload).getBytes(StandardCharsets.UTF_8));
            byte[] truncated = new byte[MAC_BYTES];
            System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
            return truncated;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // In a transaction of its own, so that the caller's rollback cannot take away a key already in use.
            // Two nodes starting at once both insert; the second insert changes nothing and both read the first key.
            known = ownTransaction.execute(status -> {
                jdbc.sql("""
                        INSERT INTO signing_key (name, secret, created_at) VALUES (:name, :secret, :now)
                        ON DUPLICATE KEY UPDATE name = name""")
                        .param("name", KEY_NAME).param("secret", fresh)
                        .param("now", LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
                return jdbc.sql("SELECT secret FROM signing_key WHERE name = :name").param("name", KEY_NAME)
                        .query(byte[].class).single();
            });
            key = known;
        }
        return known;
    }
}
