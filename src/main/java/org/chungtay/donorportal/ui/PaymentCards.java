package org.chungtay.donorportal.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.chungtay.payments.DonorPayment;
import org.chungtay.payments.DonorPayments;
import org.chungtay.shared.ui.Formats;

/** One of the donor's payments as a card, on the giving page and a pledge's page alike. */
final class PaymentCards {

    private PaymentCards() {
    }

    static Div card(Component in, Locale locale, DonorPayments payments, DonorPayment payment) {
        Span amount = new Span(Formats.money(payment.amount(), locale));
        amount.addClassName("donor-amount");
        Span date = new Span(Formats.date(in, payment.receivedOn()));
        date.addClassName("donor-muted");
        Div top = new Div(amount, date);
        top.addClassName("donor-card-top");
        String campaign = payment.campaignName(locale);
        Div facts = new Div(new Span(in.getTranslation(payment.method().labelKey())),
                new Span(campaign == null ? in.getTranslation("donor-portal.giving.no-campaign") : campaign));
        if (payment.pledgeReference() != null) {
            facts.add(new Span(in.getTranslation("donor-portal.giving.for-pledge", payment.pledgeReference())));
        }
        facts.addClassName("donor-card-facts");
        Div card = new Div(top, facts);
        card.addClassName("donor-card");
        card.addClassName("donor-payment");
        if (payment.receiptNumber() != null) {
            String number = payment.receiptNumber();
            card.add(DonorDownloads.pdf("donor-receipt-" + DonorDownloads.idPart(number),
                    in.getTranslation("donor-portal.giving.receipt", number), () -> payments.myReceipt(number)));
        } else {
            Span none = new Span(in.getTranslation("donor-portal.giving.no-receipt"));
            none.addClassName("donor-muted");
            card.add(none);
        }
        return card;
    }
}
