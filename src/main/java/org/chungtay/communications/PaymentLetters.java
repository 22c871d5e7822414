package org.chungtay.communications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.MailAddressee;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.ReceiptIssued;
import org.chungtay.payments.ReceiptService;
import org.chungtay.payments.ReceiptSummary;
import org.chungtay.payments.RecordedPayment;
import org.chungtay.shared.ui.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queues the letters a payment causes (DD021): its thank-you, and the email that carries each of its receipts
 * as a PDF. Many payments at once cost a few queries, not a few per payment: the payments, their donors'
 * addresses, and each unit's timing, name and campaign once per call. Runs inside the caller's transaction,
 * as the system (callers are listeners with no one signed in).
 *
 * <p>A thank-you goes at {@link ThankYouTiming#sendAt(Instant)} of the payment's unit: the delay after the
 * payment was recorded, then outside quiet hours. A receipt issued on recording goes at that same time, so that
 * a payment reversed within the delay sends neither; a receipt issued later (on request, or in place of a voided
 * one) goes at once. Dedup keys, one per payment and one per receipt, keep a replayed event from queueing twice.
 */
@Component
class PaymentLetters {


    private final PaymentService payments;
    private final ReceiptService receipts;
    private final DonorService donors;
    private final FundUnitSettingsService unitSettings;
    private final FundUnitService units;
    private final CampaignService campaigns;
    private final Outbox outbox;
    private final I18NProvider words;
    private final String publicBaseUrl;

    PaymentLetters(PaymentService payments, ReceiptService receipts, DonorService donors,
            FundUnitSettingsService unitSettings, FundUnitService units, CampaignService campaigns, Outbox outbox,
            I18NProvider words, @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.payments = payments;
        this.receipts = receipts;
        this.donors = donors;
        this.unitSettings = unitSettings;
        this.units = units;
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.words = words;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    static String thankYouKey(long paymentId) {
        return "thank-you:payment:" + paymentId;
    }

    static String receiptKey(long receiptId) {
        return "receipt:" + receiptId;
    }

    /**
     * Queues the thank-you of each of these payments that has a donor with an address and is not reversed, in
     * the order of their dedup keys: two batches queued at once then lock the keys' index in the same order and
     * cannot deadlock each other.
     */
    void thank(Collection<Long> paymentIds) {
        Batch batch = new Batch(paymentIds);
        List<OutgoingEmail> thankYous = new ArrayList<>();
        for (RecordedPayment payment : batch.payments.values()) {
            MailAddressee donor = batch.addressee(payment);
            if (donor == null) {
                continue;
            }
            Locale language = Languages.of(donor.language());
            Map<String, Object> values = batch.common(payment, donor, language);
            values.put("paidOn", batch.dates(language).format(payment.receivedOn()));
            values.put("campaignName", batch.campaignName(payment, language));
            values.put("reference", payment.pledgeReference() == null ? false : payment.pledgeReference());
            thankYous.add(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, donor.email(), language, values,
                    thankYouKey(payment.paymentId()), payment.fundUnitId())
                    .about(donor.donorId(), payment.campaignId())
                    .notBefore(batch.thankYouAt(payment)));
        }
        enqueueInKeyOrder(thankYous);
    }

    /**
     * Queues the email of each of these receipts that still stands, for a payment not reversed whose donor has
     * an address, with the receipt's PDF; and withdraws the queued emails of the payments' voided receipts, which
     * a replacement supersedes. Queued in the order of their dedup keys, as {@link #thank(Collection)} does.
     */
    void send(Collection<ReceiptIssued> issued) {
        Batch batch = new Batch(issued.stream().map(ReceiptIssued::paymentId).toList());
        Instant now = Instant.now();
        List<OutgoingEmail> emails = new ArrayList<>();
        for (ReceiptIssued receipt : issued) {
            List<ReceiptSummary> ofPayment = receipts.ofPayment(receipt.paymentId());
            ofPayment.stream().filter(ReceiptSummary::voided).forEach(voided -> outbox.cancel(receiptKey(voided.id())));
            Optional<ReceiptSummary> standing = ofPayment.stream()
                    .filter(one -> one.id() == receipt.receiptId() && !one.voided()).findFirst();
            RecordedPayment payment = batch.payments.get(receipt.paymentId());
            MailAddressee donor = payment == null ? null : batch.addressee(payment);
            if (standing.isEmpty() || donor == null) {
                continue;
            }
            Locale language = Languages.of(donor.language());
            Map<String, Object> values = batch.common(payment, donor, language);
            values.put("receiptNumber", standing.get().number());
            values.put("issuedOn", batch.dates(language).format(standing.get().issuedOn()));
            Instant thankYouAt = batch.thankYouAt(payment);
            emails.add(new OutgoingEmail(MessageKind.RECEIPT_ISSUED, donor.email(), language, values,
                    receiptKey(receipt.receiptId()), payment.fundUnitId())
                    .about(donor.donorId(), payment.campaignId())
                    .notBefore(thankYouAt.isAfter(now) ? thankYouAt : now)
                    .attaching(MailAttachment.receipt(receipt.receiptId(), ReceiptSummary.pdfName(standing.get().number()))));
        }
        enqueueInKeyOrder(emails);
    }

    private void enqueueInKeyOrder(List<OutgoingEmail> emails) {
        emails.stream().sorted(Comparator.comparing(OutgoingEmail::dedupKey)).forEach(outbox::enqueue);
    }

    /** Withdraws the thank-you and the receipt emails of a reversed payment that have not gone yet. */
    void withdraw(long paymentId) {
        outbox.cancel(thankYouKey(paymentId));
        receipts.ofPayment(paymentId).forEach(receipt -> outbox.cancel(receiptKey(receipt.id())));
    }

    /** What a call reads once: its payments (reversed ones left out) and their donors' addresses, and per unit. */
    private final class Batch {

        private final Map<Long, RecordedPayment> payments;
        private final Map<Long, MailAddressee> addressees;
        private final Map<Long, ThankYouTiming> timings = new HashMap<>();
        private final Map<Long, String> unitNames = new HashMap<>();
        private final Map<Long, Optional<PledgeTarget>> campaignsById = new HashMap<>();
        private final Map<Locale, DateTimeFormatter> dates = new HashMap<>();

        Batch(Collection<Long> paymentIds) {
            payments = PaymentLetters.this.payments.recorded(paymentIds).stream()
                    .filter(payment -> !payment.reversed())
                    .collect(Collectors.toMap(RecordedPayment::paymentId, Function.identity()));
            addressees = donors.mailAddressees(payments.values().stream().map(RecordedPayment::donorId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
        }

        MailAddressee addressee(RecordedPayment payment) {
            return payment.donorId() == null ? null : addressees.get(payment.donorId());
        }

        Instant thankYouAt(RecordedPayment payment) {
            return timings.computeIfAbsent(payment.fundUnitId(), unitSettings::thankYouTiming)
                    .sendAt(payment.recordedAt());
        }

        DateTimeFormatter dates(Locale language) {
            return dates.computeIfAbsent(language,
                    key -> DateTimeFormatter.ofPattern(words.getTranslation("format.date", key)));
        }

        /** The values both letters have. */
        Map<String, Object> common(RecordedPayment payment, MailAddressee donor, Locale language) {
            Map<String, Object> values = new HashMap<>();
            values.put("donorName", donor.name());
            values.put("amount", payment.amount().format(language));
            values.put("fundUnitName", unitNames.computeIfAbsent(payment.fundUnitId(),
                    id -> units.findPublic(id).map(FundUnitRef::name).orElse("")));
            values.put("pageUrl", publicBaseUrl + "/");
            return values;
        }

        String campaignName(RecordedPayment payment, Locale language) {
            return Optional.ofNullable(payment.campaignId())
                    .flatMap(id -> campaignsById.computeIfAbsent(id, campaigns::findPledgeTargetById))
                    .map(campaign -> campaign.name(language))
                    .orElseGet(() -> words.getTranslation("mail.thank-you.general-fund", language));
        }
    }
}
