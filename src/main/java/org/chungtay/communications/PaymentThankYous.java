package org.chungtay.communications;

import java.util.List;

import org.chungtay.payments.PaymentRecorded;
import org.chungtay.payments.PaymentReversed;
import org.chungtay.payments.PaymentsRecorded;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Thanks donors for their payments: a payment recorded by hand, or an imported statement's batch, queues its
 * thank-yous after the recording has committed, due after the unit's delay and outside its quiet hours; a
 * reversal withdraws them, and the payment's receipt emails, while they wait (DD021). The registry keeps each
 * event until its listener has run, so none is lost when a node dies.
 */
@Component
class PaymentThankYous {

    private final PaymentLetters letters;
    private final BulkWork bulk;

    PaymentThankYous(PaymentLetters letters, BulkWork bulk) {
        this.letters = letters;
        this.bulk = bulk;
    }

    @ApplicationModuleListener
    void on(PaymentRecorded recorded) {
        SystemActor.run(() -> letters.thank(List.of(recorded.paymentId())));
    }

    /** A batch of an imported statement: its turn among the import's other after-commit work ({@link BulkWork}). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentsRecorded batch) {
        bulk.inTransaction(() -> SystemActor.run(() -> letters.thank(batch.payments().stream()
                .map(PaymentRecorded::paymentId).toList())));
    }

    @ApplicationModuleListener
    void on(PaymentReversed reversed) {
        SystemActor.run(() -> letters.withdraw(reversed.paymentId()));
    }
}
