package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.donors.DonorRef;
import org.chungtay.donors.DonorService;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.VietnameseNumberWords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments: accountants record and reverse them within their fund unit's subtree; fund managers (and
 * administrators) read them. A payment belongs to the fund unit of its pledge, or of the campaign a gift
 * without a pledge was made to. Recording issues the payment's receipt at once when its fund unit says so;
 * reversing voids it.
 */
@Service
@Transactional
public class PaymentService {

    static final String KEEPERS = "hasAnyRole('ADMIN','ACCOUNTANT')";
    static final String READERS = "hasAnyRole('ADMIN','FUND_MANAGER','ACCOUNTANT')";
    /** Whoever reads a pledge sees the payments made for it. */
    static final String PLEDGE_READERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT')";
    private static final String AUDIT_SUBJECT = "payment";

    private final PaymentRepository payments;
    private final PaymentReversalRepository reversals;
    private final PaymentList list;
    private final PaymentTargets pledges;
    private final CampaignService campaigns;
    private final DonorService donors;
    private final FundUnitService fundUnits;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ReceiptBook receipts;

    PaymentService(PaymentRepository payments, PaymentReversalRepository reversals, PaymentList list,
            PaymentTargets pledges, CampaignService campaigns, DonorService donors, FundUnitService fundUnits,
            ApplicationEventPublisher events, AuditTrail audit, ReceiptBook receipts) {
        this.payments = payments;
        this.reversals = reversals;
        this.list = list;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.donors = donors;
        this.fundUnits = fundUnits;
        this.events = events;
        this.audit = audit;
        this.receipts = receipts;
    }

    /** The open pledge with this reference, for the form to show what the money is for. */
    @PreAuthorize(KEEPERS)
    @Transactional(readOnly = true)
    public PaymentTarget pledge(String reference) {
        PaymentTarget target = pledges.byReference(reference)
                .orElseThrow(() -> new UserFacingException("payments.error.pledge-not-found"));
        if (!FundScope.contains(target.fundUnitPath())) {
            throw new UserFacingException("payments.error.pledge-not-found");
        }
        if (!target.acceptsPayments()) {
            throw new UserFacingException("payments.error.pledge-closed");
        }
        return target;
    }

    /**
     * Records a payment, checked field by field as its form shows the limits, and publishes
     * {@link PaymentRecorded}; the pledge it pays moves on once the transaction has committed.
     */
    @PreAuthorize(KEEPERS)
    public PaymentSummary record(PaymentEntry entry) {
        checked(entry);
        Payment payment;
        if (entry.againstPledge()) {
            PaymentTarget pledge = pledge(entry.pledgeReference());
            payment = new Payment(pledge.fundUnitId(), pledge.fundUnitPath(), pledge.campaignId(), pledge,
                    pledge.donorId(), pledge.donorName(), entry.method(), entry.amount(), entry.receivedOn(),
                    text(entry.bankReference()), text(entry.note()), text(entry.goodsDescription()),
                    FundScope.actorName(), Instant.now());
        } else {
            FundUnitRef unit = giftUnit(entry);
            DonorRef donor = entry.donorId() == null ? null : donors.find(entry.donorId());
            payment = new Payment(unit.id(), unit.path(), entry.campaignId(), null, donor == null ? null : donor.id(),
                    donor == null ? null : donor.displayName(), entry.method(), entry.amount(), entry.receivedOn(),
                    text(entry.bankReference()), text(entry.note()), text(entry.goodsDescription()),
                    FundScope.actorName(), Instant.now());
        }
        payments.saveAndFlush(payment);
        audit.record(AUDIT_SUBJECT, payment.id(), "recorded", "", payment.toString());
        events.publishEvent(payment.recorded());
        receipts.issueOnRecording(payment);
        return summary(payment.id());
    }

    /** Reverses a payment with a reason: it stays listed, marked reversed, and counts nowhere any more. */
    @PreAuthorize(KEEPERS)
    public PaymentSummary reverse(long paymentId, String reason) {
        Payment payment = inScope(paymentId);
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw new UserFacingException("payments.error.reason-required");
        }
        if (stated.length() > PaymentEntry.NOTE_LIMIT) {
            throw new UserFacingException("payments.error.too-long", PaymentEntry.NOTE_LIMIT);
        }
        if (reversals.existsById(paymentId)) {
            throw new UserFacingException("payments.error.already-reversed");
        }
        reversals.saveAndFlush(new PaymentReversal(paymentId, stated, FundScope.actorName(), Instant.now()));
        audit.record(AUDIT_SUBJECT, paymentId, "reversed", payment.toString(), "reversed: " + stated);
        events.publishEvent(payment.reversed());
        receipts.voidOnReversal(paymentId, stated);
        return summary(paymentId);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PaymentSummary> list(String search, int offset, int limit) {
        return list.page(FundScope.subtreePath(), search, offset, limit);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(String search) {
        return list.count(FundScope.subtreePath(), search);
    }

    /** The payments recorded for a pledge of the caller's subtree, reversed ones marked, oldest first. */
    @PreAuthorize(PLEDGE_READERS)
    @Transactional(readOnly = true)
    public List<PaymentSummary> ofPledge(long pledgeId) {
        return list.ofPledge(FundScope.subtreePath(), pledgeId);
    }

    /** The record of goods handed over, to print and sign; only a payment in goods has one. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public GoodsHandover handover(long paymentId) {
        Payment payment = inScope(paymentId);
        if (payment.method() != PaymentMethod.GOODS) {
            throw new UserFacingException("payments.error.not-goods");
        }
        String unitName = fundUnits.findPublic(payment.fundUnitId()).map(FundUnitRef::name).orElse("");
        return new GoodsHandover(paymentId, payment.receivedOn(), unitName, payment.donorName(),
                payment.pledgeReference(), payment.campaignId(), payment.goodsDescription(), payment.amount(),
                VietnameseNumberWords.spell(payment.amount()), payment.recordedBy(), reversals.existsById(paymentId));
    }

    /**
     * These payments of the caller's subtree as a thank-you or a receipt's email needs them, in one query
     * whatever their number (an imported statement's batch): reversed ones are included and marked.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RecordedPayment> recorded(Collection<Long> paymentIds) {
        return list.recorded(FundScope.subtreePath(), paymentIds);
    }

    /**
     * These payments of the caller's subtree as the ledger books them, in one query whatever their number (an
     * imported statement's batch); reversed ones are included and marked, an id not found is left out.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PaymentFacts> facts(Collection<Long> paymentIds) {
        return list.facts(FundScope.subtreePath(), paymentIds);
    }

    /**
     * The ids of the caller's subtree's payments of money (not goods) after {@code afterId}, at most
     * {@code limit}, in id order: for the ledger to book payments recorded before it existed, a batch at a time.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Long> moneyPaymentIdsAfter(long afterId, int limit) {
        return list.moneyPaymentIdsAfter(FundScope.subtreePath(), afterId, limit);
    }

    /** What each campaign has received, reversals subtracted: public, as the thermometer shows it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, Money> received(Collection<Long> campaignIds) {
        return list.received(campaignIds);
    }

    /**
     * The goods the units of this subtree received on these days, reversed ones left out: public, for the
     * annual disclosure a fund must publish (what it received in kind and at what value). The path comes from a
     * fund unit the public chose by its code; a disclosure shows no donor.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<GoodsReceived> goodsReceived(String fundUnitPath, LocalDate from, LocalDate to) {
        return list.goods(fundUnitPath, from, to);
    }

    // ---------------------------------------------------------------- inside

    private PaymentSummary summary(long id) {
        return list.one(id);
    }

    private Payment inScope(long id) {
        Payment payment = payments.findById(id).orElseThrow(() -> new UserFacingException("payments.error.not-found"));
        FundScope.check(payment.fundUnitPath());
        return payment;
    }

    /** The unit a gift without a pledge belongs to: its campaign's, or the one named, within the caller's subtree. */
    private FundUnitRef giftUnit(PaymentEntry entry) {
        long unitId;
        if (entry.campaignId() != null) {
            PledgeTarget campaign = campaigns.findPledgeTargetById(entry.campaignId())
                    .orElseThrow(() -> new UserFacingException("payments.error.campaign-not-found"));
            unitId = campaign.fundUnitId();
        } else if (entry.fundUnitId() != null) {
            unitId = entry.fundUnitId();
        } else {
            throw new UserFacingException("payments.error.target-required");
        }
        FundUnitRef unit = fundUnits.findPublic(unitId)
                .orElseThrow(() -> new UserFacingException("payments.error.campaign-not-found"));
        if (!FundScope.contains(unit.path())) {
            throw new UserFacingException("payments.error.campaign-not-found");
        }
        return unit;
    }

    /** Every limit the form shows, again, for a crafted client. */
    static void checked(PaymentEntry entry) {
        if (entry.method() == null) {
            throw new UserFacingException("payments.error.method-required");
        }
        if (entry.amount() == null || entry.amount().amount() <= 0 || entry.amount().compareTo(Money.MAX_PLEDGE) > 0) {
            throw new UserFacingException("payments.error.amount");
        }
        LocalDate today = VietnamTime.today();
        if (entry.receivedOn() == null || entry.receivedOn().isAfter(today)
                || entry.receivedOn().isBefore(today.minusYears(PaymentEntry.YEARS_BACK))) {
            throw new UserFacingException("payments.error.date", PaymentEntry.YEARS_BACK);
        }
        limit(entry.bankReference(), PaymentEntry.BANK_REFERENCE_LIMIT);
        limit(entry.note(), PaymentEntry.NOTE_LIMIT);
        limit(entry.goodsDescription(), PaymentEntry.GOODS_LIMIT);
        if (entry.method() == PaymentMethod.GOODS && text(entry.goodsDescription()) == null) {
            throw new UserFacingException("payments.error.goods-required");
        }
    }

    private static void limit(String value, int limit) {
        if (value != null && value.strip().length() > limit) {
            throw new UserFacingException("payments.error.too-long", limit);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
