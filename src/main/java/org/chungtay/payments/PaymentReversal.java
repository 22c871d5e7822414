package org.chungtay.payments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one reversal a payment can have: who undid it, when and why. Never changed once written. */
@Entity
@Table(name = "payment_reversal")
class PaymentReversal {

    @Id
    @Column(name = "payment_id")
    private Long paymentId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "reversed_by", nullable = false, length = 100)
    private String reversedBy;

    @Column(name = "reversed_at", nullable = false)
    private Instant reversedAt;

    protected PaymentReversal() {
    }

    PaymentReversal(long paymentId, String reason, String reversedBy, Instant reversedAt) {
        this.paymentId = paymentId;
        this.reason = reason;
        this.reversedBy = reversedBy;
        this.reversedAt = reversedAt;
    }
}
