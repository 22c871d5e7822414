package org.chungtay.payments;

import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Receipts for the payments of an imported statement, issued after the import has committed, batch by
 * batch, so that a statement of tens of thousands of lines is stored in seconds and its receipts follow.
 * A batch handed over again issues only the receipts still missing; it takes a connection only when its
 * turn comes ({@link BulkWork}).
 */
@Component
class ImportedReceipts {

    private final PaymentRepository payments;
    private final ReceiptBook book;
    private final BulkWork bulk;

    ImportedReceipts(PaymentRepository payments, ReceiptBook book, BulkWork bulk) {
        this.payments = payments;
        this.book = book;
        this.bulk = bulk;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentsRecorded batch) {
        bulk.inTransaction(() -> SystemActor.run(() -> batch.payments().forEach(recorded ->
                payments.findById(recorded.paymentId()).ifPresent(book::issueOnRecording))));
    }
}
