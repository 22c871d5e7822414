package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.donors.Addressee;
import org.chungtay.donors.DonorService;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and voids receipts inside the caller's transaction, for {@link ReceiptService} (on request) and
 * {@link PaymentService} (on recording and on reversal), which have checked who asks.
 */
@Component
class ReceiptBook {

    private static final String AUDIT_SUBJECT = "receipt";

    private final PaymentReversalRepository reversals;
    private final ReceiptRepository receipts;
    private final ReceiptVoidRepository voids;
    private final ReceiptNumbers numbers;
    private final ReceiptList list;
    private final PaymentTargets pledges;
    private final CampaignService campaigns;
    private final DonorService donors;
    private final FundUnitService fundUnits;
    private final FundUnitSettingsService unitSettings;
    private final I18NProvider words;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ReceiptBook(PaymentReversalRepository reversals, ReceiptRepository receipts, ReceiptVoidRepository voids,
            ReceiptNumbers numbers, ReceiptList list, PaymentTargets pledges, CampaignService campaigns,
            DonorService donors, FundUnitService fundUnits, FundUnitSettingsService unitSettings, I18NProvider words, JdbcClient jdbc,
            ApplicationEventPublisher events, AuditTrail audit) {
        this.reversals = reversals;
        this.receipts = receipts;
        this.voids = voids;
        this.numbers = numbers;
        this.list = list;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.donors = donors;
        this.fundUnits = fundUnits;
        this.unitSettings = unitSettings;
        this.words = words;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }


    /**
     * Issues a receipt for a payment just recorded, when its fund unit has receipts issued on recording;
     * a payment that has one already, or was reversed meanwhile, is left as it is, so that an event handed
     * over twice issues once.
     */
    void issueOnRecording(Payment payment) {
        issuedOnRecording(payment).ifPresent(events::publishEvent);
    }

    /**
     * As {@link #issueOnRecording(Payment)}, but the receipt's {@link ReceiptIssued} is returned instead of
     * published, for an imported batch to publish its receipts as one {@link ReceiptsIssued}.
     */
    Optional<ReceiptIssued> issuedOnRecording(Payment payment) {
        boolean wanted = unitSettings.settingsForIssuing(payment.fundUnitId())
                .map(FundUnitSettings::receiptsOnRecording).orElse(false);
        if (wanted && !reversals.existsById(payment.id()) && list.standing(payment.id()).isEmpty()) {
            return Optional.of(write(payment).issued());
        }
        return Optional.empty();
    }

    /** Voids the standing receipt of a payment being reversed, giving the reversal's reason. */
    void voidOnReversal(long paymentId, String reason) {
        list.standing(paymentId).ifPresent(receiptId -> voidReceipt(receipts.findById(receiptId).orElseThrow(),
                reason));
    }


    /** Issues a receipt and publishes its {@link ReceiptIssued}. */
    Receipt issueFor(Payment payment) {
        Receipt receipt = write(payment);
        events.publishEvent(receipt.issued());
        return receipt;
    }

    private Receipt write(Payment payment) {
        // One standing receipt per payment: issuing, voiding and reversing a payment queue on its row.
        jdbc.sql("SELECT id FROM payment WHERE id = :id FOR UPDATE").param("id", payment.id()).query(Long.class)
                .single();
        if (reversals.existsById(payment.id())) {
            throw new UserFacingException("receipts.error.payment-reversed");
        }
        if (list.standing(payment.id()).isPresent()) {
            throw new UserFacingException("receipts.error.already-issued");
        }
        FundUnitSettings settings = unitSettings.settingsForIssuing(payment.fundUnitId())
                .orElseThrow(() -> new UserFacingException("receipts.error.settings-missing",
                        fundUnits.findPublic(payment.fundUnitId()).map(unit -> unit.name()).orElse("")));
        Addressee donor = payment.donorId() == null ? null : donors.addressee(payment.donorId());
        Locale language = Languages.of(donor == null ? null : donor.language());
        LocalDate today = VietnamTime.today();
        ReceiptNumber number = numbers.next(payment.fundUnitId(), settings.code(), today.getYear());
        ReceiptSheet sheet = new ReceiptSheet(settings.receiptName(), settings.address(),
                settings.taxCode() == null ? null : settings.taxCode().value(), number.text(), today,
                donor == null ? words.getTranslation("receipts.anonymous-donor", language) : donor.name(),
                donor == null ? null : donor.address(),
                donor == null || donor.taxCode() == null ? null : donor.taxCode().value(),
                payment.amount(), payment.method(), payment.receivedOn(), purpose(payment, language),
                campaignName(payment, language), payment.pledgeReference(), payment.bankReference(),
                payment.goodsDescription(), settings.signatoryName(), settings.signatoryTitle(), language,
                settings.paper(), null, null);
        Receipt receipt = receipts.saveAndFlush(new Receipt(sheet, payment, number,
                donor == null ? null : donor.donorId(), FundScope.actorName(), Instant.now()));
        audit.record(AUDIT_SUBJECT, receipt.id(), "issued", "", receipt.toString());
        return receipt;
    }

    void voidReceipt(Receipt receipt, String reason) {
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw new UserFacingException("payments.error.reason-required");
        }
        if (stated.length() > PaymentEntry.NOTE_LIMIT) {
            throw new UserFacingException("payments.error.too-long", PaymentEntry.NOTE_LIMIT);
        }
        jdbc.sql("SELECT id FROM payment WHERE id = :id FOR UPDATE").param("id", receipt.paymentId())
                .query(Long.class).single();
        if (voids.existsById(receipt.id())) {
            throw new UserFacingException("receipts.error.already-void");
        }
        voids.saveAndFlush(new ReceiptVoid(receipt.id(), stated, VietnamTime.today(), FundScope.actorName(),
                Instant.now()));
        audit.record(AUDIT_SUBJECT, receipt.id(), "voided", receipt.toString(), "void: " + stated);
    }

    /** What the money is for, in the receipt's language: the pledge's programme or kind, or the fund at large. */
    String purpose(Payment payment, Locale language) {
        String key = payment.pledgeReference() == null ? null
                : pledges.byReference(payment.pledgeReference()).map(PaymentTarget::purposeKey).orElse(null);
        return words.getTranslation(key == null ? "receipts.purpose.general" : key, language);
    }

    private String campaignName(Payment payment, Locale language) {
        return payment.campaignId() == null ? null
                : campaigns.findPledgeTargetById(payment.campaignId()).map(campaign -> campaign.name(language))
                        .orElse(null);
    }
}
