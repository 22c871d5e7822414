package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chungtay.shared.Money;
import org.chungtay.shared.SearchText;

/**
 * Money (or goods valued in money) that reached a fund unit, recorded by an accountant: against a pledge,
 * or as a gift without one. A payment is never edited or deleted. A mistake is reversed, with a reason,
 * by a {@link PaymentReversal}, and the right payment entered again; a reversed payment stays visible and
 * counts nowhere. Recording publishes {@link PaymentRecorded}, reversing {@link PaymentReversed}.
 */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(name = "fund_unit_path", nullable = false, length = 500)
    private String fundUnitPath;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "pledge_id")
    private Long pledgeId;

    @Column(name = "pledge_reference", length = 12)
    private String pledgeReference;

    @Column(name = "donor_id")
    private Long donorId;

    @Column(name = "donor_name", length = 200)
    private String donorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(nullable = false)
    private Money amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "bank_reference", length = 100)
    private String bankReference;

    @Column(length = 500)
    private String note;

    @Column(name = "goods_description", length = 2000)
    private String goodsDescription;

    /** The reference, the donor's name and the bank's reference as {@link SearchText} finds them. */
    @Column(name = "search_text", nullable = false, length = 400)
    private String searchText;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    Payment(long fundUnitId, String fundUnitPath, Long campaignId, PaymentTarget pledge, Long donorId, String donorName,
            PaymentMethod method, Money amount, LocalDate receivedOn, String bankReference, String note,
            String goodsDescription, String recordedBy, Instant recordedAt) {
        this.fundUnitId = fundUnitId;
        this.fundUnitPath = fundUnitPath;
        this.campaignId = campaignId;
        this.pledgeId = pledge == null ? null : pledge.pledgeId();
        this.pledgeReference = pledge == null ? null : pledge.reference();
        this.donorId = donorId;
        this.donorName = donorName;
        this.method = method;
        this.amount = amount;
        this.receivedOn = receivedOn;
        this.bankReference = bankReference;
        this.note = note;
        this.goodsDescription = goodsDescription;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.searchText = searchText(pledgeReference, donorName, bankReference);
    }

    /** What the payments list searches in: the pledge's reference, the donor's name and the bank's reference. */
    static String searchText(String pledgeReference, String donorName, String bankReference) {
        return SearchText.normalise(String.join(" ", pledgeReference == null ? "" : pledgeReference,
                donorName == null ? "" : donorName, bankReference == null ? "" : bankReference));
    }

    Long donorId() {
        return donorId;
    }

    String bankReference() {
        return bankReference;
    }

    Long id() {
        return id;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    Long campaignId() {
        return campaignId;
    }

    long fundUnitId() {
        return fundUnitId;
    }

    String pledgeReference() {
        return pledgeReference;
    }

    String donorName() {
        return donorName;
    }

    PaymentMethod method() {
        return method;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    String goodsDescription() {
        return goodsDescription;
    }

    String recordedBy() {
        return recordedBy;
    }

    Money amount() {
        return amount;
    }

    PaymentRecorded recorded() {
        return new PaymentRecorded(id, pledgeId, campaignId, amount.amount(), receivedOn);
    }

    PaymentReversed reversed() {
        return new PaymentReversed(id, pledgeId, campaignId, amount.amount());
    }

    @Override
    public String toString() {
        return "payment " + id + " " + method + " " + amount.amount() + " VND received " + receivedOn
                + (pledgeReference == null ? " without pledge" : " for " + pledgeReference)
                + (campaignId == null ? "" : " campaign " + campaignId) + (donorId == null ? "" : " donor " + donorId)
                + (bankReference == null ? "" : " bank ref " + bankReference);
    }
}
