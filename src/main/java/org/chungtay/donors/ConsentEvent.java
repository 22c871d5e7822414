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
 * One consent decision of a donor for one category of message: granted or withdrawn, from which
 * source, when, entered by whom. Only ever inserted; the current state of a category is its latest
 * event. A merge moves the event to the survivor ({@code donorId}) and keeps the record it was
 * given for ({@code recordedForDonorId}); the decision itself never changes.
 */
@Entity
@Table(name = "consent_event")
class ConsentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "donor_id", nullable = false)
    private long donorId;

    @Column(name = "recorded_for_donor_id", nullable = false, updatable = false)
    private long recordedForDonorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentCategory category;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentSource source;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    protected ConsentEvent() {
    }

    ConsentEvent(long donorId, ConsentCategory category, boolean granted, ConsentSource source, Instant occurredAt,
            String actor) {
        this.donorId = donorId;
        this.recordedForDonorId = donorId;
        this.category = category;
        this.granted = granted;
        this.source = source;
        this.occurredAt = occurredAt;
        this.actor = actor;
    }

    ConsentCategory category() {
        return category;
    }

    ConsentRecord record() {
        return new ConsentRecord(category, granted, source, occurredAt, actor);
    }

    @Override
    public String toString() {
        return category + "=" + (granted ? "granted" : "withdrawn") + " source=" + source;
    }
}
