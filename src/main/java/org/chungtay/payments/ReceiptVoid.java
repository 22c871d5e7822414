package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The one void a receipt can have: who voided it, when and why. Never changed once written. */
@Entity
@Immutable
@Table(name = "receipt_void")
class ReceiptVoid {

    @Id
    @Column(name = "receipt_id")
    private Long receiptId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "voided_on", nullable = false)
    private LocalDate voidedOn;

    @Column(name = "voided_by", nullable = false, length = 100)
    private String voidedBy;

    @Column(name = "voided_at", nullable = false)
    private Instant voidedAt;

    protected ReceiptVoid() {
    }

    ReceiptVoid(long receiptId, String reason, LocalDate voidedOn, String voidedBy, Instant voidedAt) {
        this.receiptId = receiptId;
        this.reason = reason;
        this.voidedOn = voidedOn;
        this.voidedBy = voidedBy;
        this.voidedAt = voidedAt;
    }

    String reason() {
        return reason;
    }

    LocalDate voidedOn() {
        return voidedOn;
    }
}
