package org.chungtay.communications;

import org.chungtay.payments.ReceiptService;
import org.chungtay.shared.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Makes the content of a file that names a receipt: the receipt's PDF, rendered as the email is sent or its file
 * downloaded from the delivery log, as the system. Any other file is returned as it is.
 */
@Component
class ReceiptAttachments {

    private final ReceiptService receipts;

    ReceiptAttachments(ReceiptService receipts) {
        this.receipts = receipts;
    }

    MailAttachment withContent(MailAttachment file) {
        if (file.content() != null) {
            return file;
        }
        return file.withContent(SystemActor.call(() -> receipts.pdf(file.receiptId())).content());
    }
}
