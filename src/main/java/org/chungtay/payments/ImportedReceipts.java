package org.chungtay.payments;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Receipts for the payments of an imported statement, issued after the import has committed, batch by
 * batch, so that a statement of tens of thousands of lines is stored in seconds and its receipts follow.
 * A batch handed over again issues only the receipts still missing; it takes a connection only when its
 * turn comes ({@link BulkWork}). A batch's receipts are told as one {@link ReceiptsIssued}, so that the
 * registry keeps a row per batch, not one per receipt.
 */
@Component
class ImportedReceipts {

    private final PaymentRepository payments;
    private final ReceiptBook book;
    private final BulkWork bulk;
    private final ApplicationEventPublisher events;

    ImportedReceipts(PaymentRepository payments, ReceiptBook book, BulkWork bulk, ApplicationEventPublisher events) {
        this.payments = payments;
        this.book = book;
        this.bulk = bulk;
        this.events = events;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentsRecorded batch) {
        bulk.inTransaction(() -> SystemActor.run(() -> {
            List<ReceiptIssued> issued = new ArrayList<>();
            batch.payments().forEach(recorded -> payments.findById(recorded.paymentId())
                    .flatMap(book::issuedOnRecording).ifPresent(issued::add));
            if (!issued.isEmpty()) {
                events.publishEvent(new ReceiptsIssued(issued));
            }
        }));
    }
}
