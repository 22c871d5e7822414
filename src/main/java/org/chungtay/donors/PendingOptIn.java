package org.chungtay.donors;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An opt-in ticked on the anonymous pledge form, waiting for the owner of the address to confirm it
 * (double opt-in): anyone may type anyone's address, so the tick alone is no consent. Lifecycle:
 * requested with the pledge; confirmed once, through the emailed link, which records the consent;
 * or never confirmed, and after {@link #VALID_FOR_DAYS} days the link no longer works.
 */
@Entity
@Table(name = "pending_opt_in")
class PendingOptIn {

    static final int VALID_FOR_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "donor_id", nullable = false)
    private long donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentSource source;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected PendingOptIn() {
    }

    PendingOptIn(long donorId, ConsentCategory category, ConsentSource source, Instant requestedAt, String tokenHash) {
        this.donorId = donorId;
        this.category = category;
        this.source = source;
        this.requestedAt = requestedAt;
        this.expiresAt = requestedAt.plus(java.time.Duration.ofDays(VALID_FOR_DAYS));
        this.tokenHash = tokenHash;
    }

    long donorId() {
        return donorId;
    }

    ConsentCategory category() {
        return category;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void confirm(Instant now) {
        confirmedAt = now;
    }

    @Override
    public String toString() {
        return category + " pending source=" + source + " requested=" + requestedAt;
    }
}
