package org.chungtay.donorportal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.payments.DonorPayment;
import org.chungtay.payments.DonorPayments;
import org.chungtay.pledges.DonorPledgeDetails;
import org.chungtay.pledges.DonorPledges;
import org.chungtay.pledges.InstalmentState;
import org.chungtay.pledges.PledgeConfirmation;
import org.chungtay.pledges.PledgeTexts;
import org.chungtay.pledges.VietQr;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.Formats;

/**
 * One of the donor's pledges, by its reference: what it commits to, each instalment paid, overdue or due, what to
 * transfer now with the account and the VietQR code (drawn by this session, never at an address of its own), and
 * the payments made for it with their receipts. A reference that is not the donor's is "not found", exactly as one
 * that does not exist.
 */
@Route(value = DonorPortalNavigation.PLEDGE + "/:reference", layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class DonorPledgeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int QR_SIZE_PX = 320;

    private final transient DonorPledges pledges;
    private final transient DonorPayments payments;
    private final transient I18NProvider words;
    private String title = "";

    DonorPledgeView(DonorPledges pledges, DonorPayments payments, I18NProvider words) {
        this.pledges = pledges;
        this.payments = payments;
        this.words = words;
        setId("donor-pledge-view");
        addClassName("donor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        DonorPledgeDetails details = pledges.myPledge(reference).orElseThrow(NotFoundException::new);
        PledgeConfirmation pledge = details.pledge();
        title = getTranslation("donor-portal.giving.pledge.title", pledge.reference());
        removeAll();
        Anchor back = new Anchor(DonorPortalNavigation.HOME, getTranslation("donor-portal.giving.pledge.back"));
        back.setId("donor-pledge-back");
        back.addClassName("donor-muted");
        H1 heading = new H1(pledge.campaignName(getLocale()));
        heading.setId("donor-pledge-campaign");
        add(back, heading, summary(details));
        if (details.hasAmountDue()) {
            add(transfer(details));
        }
        add(instalments(details.instalments()), paymentsOf(pledge.reference()));
    }

    private Section summary(DonorPledgeDetails details) {
        PledgeConfirmation pledge = details.pledge();
        Span reference = new Span(pledge.reference());
        reference.setId("donor-pledge-reference");
        Span status = new Span(getTranslation(pledge.status().labelKey()));
        status.setId("donor-pledge-status");
        Span total = new Span(Formats.money(pledge.total(), getLocale()));
        total.setId("donor-pledge-total");
        Span paid = new Span(Formats.money(details.paid(), getLocale()));
        paid.setId("donor-pledge-paid");
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("pledges.confirmation.commitment")),
                new DescriptionList.Description(PledgeTexts.commitment(words, getLocale(), pledge)),
                new DescriptionList.Term(getTranslation("pledges.confirmation.reference")),
                new DescriptionList.Description(reference),
                new DescriptionList.Term(getTranslation("pledges.confirmation.status")),
                new DescriptionList.Description(status),
                new DescriptionList.Term(getTranslation("pledges.confirmation.total")),
                new DescriptionList.Description(total),
                new DescriptionList.Term(getTranslation("donor-portal.giving.pledge.paid")),
                new DescriptionList.Description(paid));
        facts.addClassName("pledge-summary");
        Section section = new Section(facts);
        section.setId("donor-pledge-summary");
        section.addClassName("donor-card");
        return section;
    }

    private Section transfer(DonorPledgeDetails details) {
        PledgeConfirmation pledge = details.pledge();
        String payload = details.qrPayload();
        Image qr = new Image((DownloadHandler) event -> {
            byte[] png = VietQr.png(payload, QR_SIZE_PX);
            event.setContentType("image/png");
            event.setContentLength(png.length);
            event.getOutputStream().write(png);
        }, getTranslation("pledges.confirmation.qr-alt", pledge.reference()));
        qr.setId("donor-pledge-qr");
        qr.addClassName("pledge-qr");
        Span amount = new Span(Formats.money(details.amountDue(), getLocale()));
        amount.setId("donor-pledge-amount-due");
        DescriptionList account = new DescriptionList();
        account.add(new DescriptionList.Term(getTranslation("donor-portal.giving.pledge.amount-due")),
                new DescriptionList.Description(amount),
                new DescriptionList.Term(getTranslation("pledges.confirmation.bank")),
                new DescriptionList.Description(pledge.bankName()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.account-number")),
                new DescriptionList.Description(pledge.accountNumber()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.account-name")),
                new DescriptionList.Description(pledge.accountName()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.note")),
                new DescriptionList.Description(pledge.reference()));
        account.setId("donor-pledge-account");
        account.addClassName("pledge-account");
        Div payment = new Div(qr, account);
        payment.addClassName("pledge-payment");
        Section section = new Section(new H2(getTranslation("donor-portal.giving.pledge.transfer")),
                new Paragraph(getTranslation("donor-portal.giving.pledge.transfer-intro")), payment);
        section.setId("donor-pledge-transfer");
        section.addClassName("donor-card");
        return section;
    }

    private Section instalments(List<InstalmentState> instalments) {
        Div list = new Div();
        list.addClassName("donor-list");
        for (InstalmentState instalment : instalments) {
            int number = instalment.instalment().number();
            Span label = new Span(getTranslation("donor-portal.giving.pledge.instalment", number,
                    Formats.date(this, instalment.instalment().dueDate())));
            label.addClassName("donor-row-label");
            Span amount = new Span(Formats.money(instalment.instalment().amount(), getLocale()));
            amount.addClassName("donor-amount");
            Span state = new Span(getTranslation(instalment.state().labelKey()));
            state.setId("donor-instalment-" + number + "-state");
            state.addClassNames("badge", switch (instalment.state()) {
                case PAID -> "badge-success";
                case OVERDUE -> "badge-error";
                case PARTLY_PAID, DUE -> "badge-neutral";
            });
            state.getElement().setAttribute("data-state", instalment.state().name());
            Div row = new Div(label, amount, state);
            row.setId("donor-instalment-" + number);
            row.addClassName("donor-row");
            list.add(row);
        }
        Section section = new Section(new H2(getTranslation("donor-portal.giving.pledge.instalments")), list);
        section.setId("donor-pledge-instalments");
        section.addClassName("donor-card");
        return section;
    }

    private Section paymentsOf(String reference) {
        List<DonorPayment> made = payments.myPaymentsOfPledge(reference);
        Section section = new Section(new H2(getTranslation("donor-portal.giving.pledge.payments")));
        section.setId("donor-pledge-payments");
        section.addClassName("donor-section");
        if (made.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("donor-portal.giving.pledge.no-payments"));
            none.setId("donor-pledge-payments-empty");
            section.add(none);
        }
        made.forEach(payment -> section.add(PaymentCards.card(this, getLocale(), payments, payment)));
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
