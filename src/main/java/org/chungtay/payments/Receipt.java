package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;
import org.hibernate.annotations.Immutable;

/**
 * A receipt (biên nhận) for one payment, numbered {@code <unit code>/<year>/<number>} per fund unit and
 * year with no gap and no duplicate ({@link ReceiptNumbers}).
 *
 * <p>Lifecycle: issued once, on recording the payment when the fund unit says so, or later on request.
 * From then on it never changes: it keeps every fact it prints (the fund's name, address and signatory,
 * the donor, the amount, the purpose) as they were on the day it was issued, so its PDF reads the same
 * years later whatever was renamed since. A mistake is fixed by voiding it with a reason
 * ({@link ReceiptVoid}) and issuing a new one; reversing its payment voids it too. A voided receipt stays
 * listed and readable, marked void. A payment has at most one receipt that is not void.
 */
@Entity
@Immutable
@Table(name = "receipt")
class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(name = "fund_unit_path", nullable = false, length = 500)
    private String fundUnitPath;

    @Column(name = "receipt_year", nullable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private ReceiptPaper paper;

    @Column(name = "fund_name", nullable = false, length = 200)
    private String fundName;

    @Column(name = "fund_address", nullable = false, length = 300)
    private String fundAddress;

    @Column(name = "fund_tax_code", length = 14)
    private String fundTaxCode;

    @Column(name = "signatory_name", nullable = false, length = 100)
    private String signatoryName;

    @Column(name = "signatory_title", nullable = false, length = 100)
    private String signatoryTitle;

    @Column(name = "donor_id")
    private Long donorId;

    @Column(name = "donor_name", nullable = false, length = 200)
    private String donorName;

    @Column(name = "donor_address", length = 500)
    private String donorAddress;

    @Column(name = "donor_tax_code", length = 14)
    private String donorTaxCode;

    @Column(nullable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 300)
    private String purpose;

    @Column(name = "campaign_name", length = 300)
    private String campaignName;

    @Column(name = "pledge_reference", length = 12)
    private String pledgeReference;

    @Column(name = "bank_reference", length = 100)
    private String bankReference;

    @Column(name = "goods_description", length = 2000)
    private String goodsDescription;

    protected Receipt() {
    }

    Receipt(ReceiptSheet sheet, Payment payment, ReceiptNumber number, Long donorId, String issuedBy, Instant issuedAt) {
        this.paymentId = payment.id();
        this.fundUnitId = payment.fundUnitId();
        this.fundUnitPath = payment.fundUnitPath();
        this.year = number.year();
        this.sequenceNumber = number.sequence();
        this.number = number.text();
        this.issuedOn = sheet.issuedOn();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.language = sheet.language().getLanguage();
        this.paper = sheet.paper();
        this.fundName = sheet.fundName();
        this.fundAddress = sheet.fundAddress();
        this.fundTaxCode = sheet.fundTaxCode();
        this.signatoryName = sheet.signatoryName();
        this.signatoryTitle = sheet.signatoryTitle();
        this.donorId = donorId;
        this.donorName = sheet.donorName();
        this.donorAddress = sheet.donorAddress();
        this.donorTaxCode = sheet.donorTaxCode();
        this.amount = sheet.amount();
        this.method = sheet.method();
        this.receivedOn = sheet.receivedOn();
        this.purpose = sheet.purpose();
        this.campaignName = sheet.campaignName();
        this.pledgeReference = sheet.pledgeReference();
        this.bankReference = sheet.bankReference();
        this.goodsDescription = sheet.goodsDescription();
    }

    Long id() {
        return id;
    }

    long paymentId() {
        return paymentId;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    String number() {
        return number;
    }

    Long donorId() {
        return donorId;
    }

    /** The receipt as it was issued; a void, if any, is printed over it. */
    ReceiptSheet sheet(ReceiptVoid voided) {
        return new ReceiptSheet(fundName, fundAddress, fundTaxCode, number, issuedOn, donorName, donorAddress,
                donorTaxCode, amount, method, receivedOn, purpose, campaignName, pledgeReference, bankReference,
                goodsDescription, signatoryName, signatoryTitle, Locale.of(language), paper,
                voided == null ? null : voided.reason(), voided == null ? null : voided.voidedOn());
    }

    ReceiptIssued issued() {
        return new ReceiptIssued(id, paymentId, donorId, number);
    }

    @Override
    public String toString() {
        return "receipt " + number + " for payment " + paymentId + " " + amount.amount() + " VND to " + donorName
                + " issued " + issuedOn + " by " + issuedBy;
    }
}
