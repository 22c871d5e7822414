package org.chungtay.payments;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.donors.Addressee;
import org.chungtay.donors.DonorService;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts: accountants issue them (or the fund unit has them issued as payments are recorded), void and
 * reissue them within their subtree; whoever reads payments reads and downloads them. Issuing publishes
 * {@link ReceiptIssued}.
 */
@Service
@Transactional
public class ReceiptService {

    /** Years a donor statement may span: a statement is for a tax year or a few, not a lifetime. */
    public static final int STATEMENT_YEARS = 5;

    private final PaymentRepository payments;
    private final ReceiptRepository receipts;
    private final ReceiptBook book;
    private final ReceiptList list;
    private final DonorService donors;
    private final FundUnitService fundUnits;
    private final FundUnitSettingsService unitSettings;
    private final ReceiptFiles files;

    ReceiptService(PaymentRepository payments, ReceiptRepository receipts, ReceiptBook book,
            ReceiptList list, DonorService donors, FundUnitService fundUnits,
            FundUnitSettingsService unitSettings, ReceiptFiles files) {
        this.payments = payments;
        this.receipts = receipts;
        this.book = book;
        this.list = list;
        this.donors = donors;
        this.fundUnits = fundUnits;
        this.unitSettings = unitSettings;
        this.files = files;
    }

    /** Issues the receipt of a payment that has none standing. */
    @PreAuthorize(PaymentService.KEEPERS)
    public ReceiptSummary issue(long paymentId) {
        Payment payment = payments.findById(paymentId)
                .orElseThrow(() -> new UserFacingException("payments.error.not-found"));
        FundScope.check(payment.fundUnitPath());
        return list.one(book.issueFor(payment).id());
    }

    /**
     * Voids a receipt with a reason and issues its payment a new one, with a new number, in one step:
     * how a mistake on a receipt is put right. The void stays visible.
     */
    @PreAuthorize(PaymentService.KEEPERS)
    public ReceiptSummary reissue(long receiptId, String reason) {
        Receipt receipt = inScope(receiptId);
        book.voidReceipt(receipt, reason);
        Payment payment = payments.findById(receipt.paymentId()).orElseThrow();
        return list.one(book.issueFor(payment).id());
    }

    /** The receipts of a payment, the standing one and any voided, oldest first. */
    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public List<ReceiptSummary> ofPayment(long paymentId) {
        return list.ofPayment(FundScope.subtreePath(), paymentId);
    }

    /** The receipt as a PDF, in the donor's language on the fund's paper; a voided one says so across it. */
    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public PdfFile pdf(long receiptId) {
        return files.receipt(inScope(receiptId));
    }

    /**
     * A donor's combined statement for a period, as a PDF in the donor's language: every payment of the
     * caller's subtree received in it, reversed ones left out, with its receipt number, and the total in
     * figures and words, issued in the name of the caller's fund unit.
     */
    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public PdfFile statement(long donorId, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to) || to.isAfter(VietnamTime.today())
                || from.plusYears(STATEMENT_YEARS).isBefore(to)) {
            throw new UserFacingException("receipts.error.statement-period", STATEMENT_YEARS);
        }
        donors.find(donorId);
        Addressee donor = donors.addressee(donorId);
        long unitId = FundScope.requirePrincipal().fundUnitId();
        FundUnitSettings settings = unitSettings.settingsForIssuing(unitId)
                .orElseThrow(() -> new UserFacingException("receipts.error.settings-missing",
                        fundUnits.findPublic(unitId).map(unit -> unit.name()).orElse("")));
        byte[] statement = files.statement(settings, donor, from, to,
                list.statement(FundScope.subtreePath(), donorId, from, to));
        return new PdfFile("sao-ke-" + donorId + "-" + from + "-" + to + ".pdf", statement);
    }

    // ---------------------------------------------------------------- inside

    private Receipt inScope(long receiptId) {
        Receipt receipt = receipts.findById(receiptId)
                .orElseThrow(() -> new UserFacingException("receipts.error.not-found"));
        FundScope.check(receipt.fundUnitPath());
        return receipt;
    }
}
