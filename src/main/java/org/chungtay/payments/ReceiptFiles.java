package org.chungtay.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.donors.Addressee;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.springframework.stereotype.Component;

/**
 * The PDFs of receipts and statements, whoever asks: staff through {@link ReceiptService}, the signed-in donor
 * through {@link DonorPayments}. Not secured here; the callers decide whose records may be printed.
 */
@Component
class ReceiptFiles {

    private final PaymentRepository payments;
    private final ReceiptVoidRepository voids;
    private final ReceiptBook book;
    private final ReceiptPdf pdf;

    ReceiptFiles(PaymentRepository payments, ReceiptVoidRepository voids, ReceiptBook book, I18NProvider words) {
        this.payments = payments;
        this.voids = voids;
        this.book = book;
        this.pdf = new ReceiptPdf(words);
    }

    /** The receipt as it was issued, in the donor's language on the fund's paper; a voided one says so across it. */
    PdfFile receipt(Receipt receipt) {
        ReceiptSheet sheet = receipt.sheet(voids.findById(receipt.id()).orElse(null));
        return new PdfFile(ReceiptSummary.pdfName(receipt.number()), pdf.receipt(sheet));
    }

    /**
     * A statement of these payments of the donor, issued in the name of the unit whose settings are given, in the
     * donor's language: each payment with its standing receipt's number and purpose, the total in figures and words.
     */
    byte[] statement(FundUnitSettings issuer, Addressee donor, LocalDate from, LocalDate to,
            List<ReceiptList.StatementPayment> paid) {
        Locale language = Languages.of(donor.language());
        List<DonorStatementSheet.Row> rows = paid.stream()
                .map(payment -> new DonorStatementSheet.Row(payment.receivedOn(), payment.receiptNumber(),
                        payment.purpose() != null ? payment.purpose()
                                : book.purpose(payments.findById(payment.paymentId()).orElseThrow(), language),
                        payment.method(), payment.amount()))
                .toList();
        return pdf.statement(new DonorStatementSheet(issuer.receiptName(), issuer.address(),
                issuer.taxCode() == null ? null : issuer.taxCode().value(), donor.name(), donor.address(), from, to,
                VietnamTime.today(), rows, issuer.signatoryName(), issuer.signatoryTitle(), language, issuer.paper()));
    }
}
