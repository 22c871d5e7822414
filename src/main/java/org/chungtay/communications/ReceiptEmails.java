package org.chungtay.communications;

import java.util.List;

import org.chungtay.payments.ReceiptIssued;
import org.chungtay.payments.ReceiptsIssued;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Emails each receipt to its donor with the PDF attached, after the issuing has committed: a receipt of a
 * payment just recorded at the payment's thank-you time, a receipt issued later at once (DD021).
 */
@Component
class ReceiptEmails {

    private final PaymentLetters letters;
    private final BulkWork bulk;

    ReceiptEmails(PaymentLetters letters, BulkWork bulk) {
        this.letters = letters;
        this.bulk = bulk;
    }

    @ApplicationModuleListener
    void on(ReceiptIssued issued) {
        SystemActor.run(() -> letters.send(List.of(issued)));
    }

    /** The receipts of an imported statement's batch: their turn among the import's other after-commit work. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReceiptsIssued batch) {
        bulk.inTransaction(() -> SystemActor.run(() -> letters.send(batch.receipts())));
    }
}
