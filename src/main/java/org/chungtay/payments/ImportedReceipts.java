package org.chungtay.payments;

import org.chungtay.shared.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receipts for the payments of an imported statement, issued after the import has committed, batch by
 * batch, so that a statement of tens of thousands of lines is stored in seconds and its receipts follow.
 * A batch handed over again issues only the receipts still missing.
 */
@Component
class ImportedReceipts {

    private final PaymentRepository payments;
    private final ReceiptBook book;

    ImportedReceipts(PaymentRepository payments, ReceiptBook book) {
        this.payments = payments;
        this.book = book;
    }

    @ApplicationModuleListener
    void on(PaymentsRecorded batch) {
        SystemActor.run(() -> batch.payments().forEach(recorded ->
                payments.findById(recorded.paymentId()).ifPresent(book::issueOnRecording)));
    }
}
