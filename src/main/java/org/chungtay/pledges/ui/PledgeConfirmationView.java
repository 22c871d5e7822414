package org.chungtay.pledges.ui;

import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.pledges.Instalment;
import org.chungtay.pledges.PledgeConfirmation;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeTexts;
import org.chungtay.pledges.PledgesNavigation;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.PublicHeader;

/**
 * The donor's page of one pledge: thanks, the reference, the bank transfer details and the VietQR
 * code. Its address holds an unguessable token, so it can be bookmarked and mailed but not guessed.
 */
@Route(value = PledgesNavigation.CONFIRMATION, autoLayout = false)
@AnonymousAllowed
class PledgeConfirmationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PledgeService pledges;
    private final transient I18NProvider words;

    PledgeConfirmationView(PledgeService pledges, I18NProvider words) {
        this.pledges = pledges;
        this.words = words;
        setId("pledge-confirmation-view");
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        PledgeConfirmation pledge = pledges.confirmation(token).orElseThrow(NotFoundException::new);
        removeAll();
        Main main = new Main();
        main.addClassName("public-main");
        H1 thanks = new H1(getTranslation("pledges.thanks", pledge.donorName()));
        thanks.setId("pledge-thanks");
        Span reference = new Span(pledge.reference());
        reference.setId("pledge-reference");
        reference.addClassName("pledge-reference");
        Span total = new Span(pledge.total().format(getLocale()));
        total.setId("pledge-total");
        DescriptionList summary = new DescriptionList();
        summary.add(new DescriptionList.Term(getTranslation("pledges.confirmation.campaign")),
                new DescriptionList.Description(pledge.campaignName(getLocale())),
                new DescriptionList.Term(getTranslation("pledges.confirmation.commitment")),
                new DescriptionList.Description(PledgeTexts.commitment(words, getLocale(), pledge)),
                new DescriptionList.Term(getTranslation("pledges.confirmation.total")),
                new DescriptionList.Description(total),
                new DescriptionList.Term(getTranslation("pledges.confirmation.reference")),
                new DescriptionList.Description(reference),
                new DescriptionList.Term(getTranslation("pledges.confirmation.status")),
                new DescriptionList.Description(getTranslation(pledge.status().labelKey())));
        summary.addClassName("pledge-summary");
        main.add(thanks, new Paragraph(getTranslation("pledges.confirmation.intro", pledge.fundUnitName())), summary);
        if (pledge.paidByTransfer()) {
            main.add(transfer(pledge, token));
        }
        main.add(new Paragraph(getTranslation("pledges.confirmation.email")));
        add(new PublicHeader(), main);
    }

    private Section transfer(PledgeConfirmation pledge, String token) {
        Image qr = new Image("pledges/" + token + "/qr.png", getTranslation("pledges.confirmation.qr-alt",
                pledge.reference()));
        qr.setId("pledge-qr");
        qr.addClassName("pledge-qr");
        DescriptionList account = new DescriptionList();
        account.add(new DescriptionList.Term(getTranslation("pledges.confirmation.bank")),
                new DescriptionList.Description(pledge.bankName()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.account-number")),
                new DescriptionList.Description(pledge.accountNumber()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.account-name")),
                new DescriptionList.Description(pledge.accountName()),
                new DescriptionList.Term(getTranslation("pledges.confirmation.note")),
                new DescriptionList.Description(pledge.reference()));
        account.addClassName("pledge-account");
        Grid<Instalment> schedule = new Grid<>();
        schedule.setId("pledge-instalments");
        schedule.setAllRowsVisible(true);
        schedule.addColumn(Instalment::number).setHeader(getTranslation("pledges.instalment.number"))
                .setAutoWidth(true).setFlexGrow(0);
        schedule.addColumn(instalment -> Formats.date(this, instalment.dueDate()))
                .setHeader(getTranslation("pledges.instalment.due"));
        schedule.addColumn(instalment -> instalment.amount().format(getLocale()))
                .setHeader(getTranslation("pledges.instalment.amount"));
        schedule.setItems(pledge.instalments());
        Div payment = new Div(qr, account);
        payment.addClassName("pledge-payment");
        Section section = new Section(new H2(getTranslation("pledges.confirmation.transfer")),
                new Paragraph(getTranslation("pledges.confirmation.transfer-intro")), payment, schedule);
        section.addClassName("pledge-transfer");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pledges.confirmation.title");
    }
}
