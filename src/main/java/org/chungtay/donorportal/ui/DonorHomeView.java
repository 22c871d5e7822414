package org.chungtay.donorportal.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.donors.DonorAccounts;
import org.chungtay.payments.DonorPayment;
import org.chungtay.payments.DonorPayments;
import org.chungtay.payments.DonorTotals;
import org.chungtay.pledges.DonorPledge;
import org.chungtay.pledges.DonorPledges;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Formats;

/**
 * My giving: a greeting, what the donor gave by year and by campaign, the yearly statement, their pledges (each
 * linking to its page) and their payments with each receipt's PDF. Lists grow a page at a time, read from the
 * database as the donor asks for more. Stacked cards, so it reads on a phone.
 */
@Route(value = DonorPortalNavigation.HOME, layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class DonorHomeView extends Main implements HasDynamicTitle {

    static final int PAGE = 10;

    private final transient DonorPledges pledges;
    private final transient DonorPayments payments;
    private final Div pledgeList = new Div();
    private final Div paymentList = new Div();
    private final Button morePledges = new Button();
    private final Button morePayments = new Button();

    DonorHomeView(DonorAccounts accounts, DonorPledges pledges, DonorPayments payments) {
        this.pledges = pledges;
        this.payments = payments;
        setId("donor-home-view");
        addClassName("donor-view");
        H1 greeting = new H1(getTranslation("donor-portal.giving.greeting", accounts.myName()));
        greeting.setId("donor-greeting");
        add(greeting);
        DonorTotals totals = payments.myTotals();
        long pledgeCount = pledges.countMyPledges();
        if (totals.isEmpty() && pledgeCount == 0) {
            Paragraph empty = new Paragraph(getTranslation("donor-portal.giving.empty"));
            empty.setId("donor-giving-empty");
            empty.addClassName("donor-card");
            add(empty);
            return;
        }
        if (!totals.isEmpty()) {
            add(totals(totals), statement(totals));
        }
        add(pledgesSection(pledgeCount), paymentsSection());
    }

    private Section totals(DonorTotals totals) {
        Div byYear = new Div();
        byYear.setId("donor-totals-year");
        byYear.addClassName("donor-tiles");
        for (DonorTotals.Year year : totals.byYear()) {
            byYear.add(tile("donor-total-year-" + year.year(), Integer.toString(year.year()), year.total(),
                    year.payments()));
        }
        Div byCampaign = new Div();
        byCampaign.setId("donor-totals-campaign");
        byCampaign.addClassName("donor-rows");
        int index = 0;
        for (DonorTotals.Campaign campaign : totals.byCampaign()) {
            String name = campaign.name(getLocale());
            Span label = new Span(name == null ? getTranslation("donor-portal.giving.no-campaign") : name);
            label.addClassName("donor-row-label");
            Span amount = new Span(Formats.money(campaign.total(), getLocale()));
            amount.addClassName("donor-amount");
            Div row = new Div(label, amount);
            row.setId("donor-total-campaign-" + index++);
            row.addClassName("donor-row");
            byCampaign.add(row);
        }
        Section section = new Section(new H2(getTranslation("donor-portal.giving.totals")),
                new Span(getTranslation("donor-portal.giving.by-year")), byYear,
                new Span(getTranslation("donor-portal.giving.by-campaign")), byCampaign);
        section.setId("donor-totals");
        section.addClassName("donor-card");
        return section;
    }

    private Div tile(String id, String title, Money total, int count) {
        Span heading = new Span(title);
        heading.addClassName("donor-muted");
        Span amount = new Span(Formats.money(total, getLocale()));
        amount.addClassName("donor-amount");
        Span payments = new Span(getTranslation("donor-portal.giving.payments-count", count));
        payments.addClassName("donor-muted");
        Div tile = new Div(heading, amount, payments);
        tile.setId(id);
        tile.addClassName("donor-tile");
        return tile;
    }

    /** A year to choose (those the donor gave in) and the link that downloads its statement. */
    private Section statement(DonorTotals totals) {
        List<Integer> years = totals.byYear().stream().map(DonorTotals.Year::year).toList();
        Select<Integer> year = new Select<>();
        year.setId("donor-statement-year");
        year.setLabel(getTranslation("donor-portal.giving.statement-year"));
        year.setItems(years);
        year.setValue(years.getFirst());
        Anchor download = DonorDownloads.pdf("donor-statement-download",
                getTranslation("donor-portal.giving.statement-download"), () -> payments.myStatement(years.getFirst()));
        // The link is made for the year chosen, so the download never reads the field outside the UI's lock.
        year.addValueChangeListener(change -> {
            int chosen = change.getValue();
            download.setHref(DonorDownloads.handler(() -> payments.myStatement(chosen)));
        });
        Div controls = new Div(year, download);
        controls.addClassName("donor-statement-controls");
        Section section = new Section(new H2(getTranslation("donor-portal.giving.statement")),
                new Paragraph(getTranslation("donor-portal.giving.statement-intro")), controls);
        section.setId("donor-statement");
        section.addClassName("donor-card");
        return section;
    }

    private Section pledgesSection(long count) {
        pledgeList.setId("donor-pledges");
        pledgeList.addClassName("donor-list");
        Section section = new Section(new H2(getTranslation("donor-portal.giving.pledges")));
        section.addClassName("donor-section");
        if (count == 0) {
            Paragraph none = new Paragraph(getTranslation("donor-portal.giving.no-pledges"));
            none.setId("donor-pledges-empty");
            section.add(none);
            return section;
        }
        morePledges.setText(getTranslation("donor-portal.giving.more"));
        morePledges.setId("donor-pledges-more");
        morePledges.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        morePledges.addClickListener(click -> showPledges());
        section.add(pledgeList, morePledges);
        showPledges();
        return section;
    }

    private void showPledges() {
        int shown = (int) pledgeList.getChildren().count();
        List<DonorPledge> page = pledges.myPledges(shown, PAGE + 1);
        page.stream().limit(PAGE).forEach(pledge -> pledgeList.add(pledgeCard(pledge)));
        morePledges.setVisible(page.size() > PAGE);
    }

    private Anchor pledgeCard(DonorPledge pledge) {
        Span campaign = new Span(pledge.campaignName(getLocale()));
        campaign.addClassName("donor-card-title");
        Span status = new Span(getTranslation(pledge.status().labelKey()));
        status.addClassNames("badge", pledge.overdueInstalments() > 0 ? "badge-error"
                : pledge.status().isOpen() ? "badge-neutral" : "badge-success");
        Div top = new Div(campaign, status);
        top.addClassName("donor-card-top");
        Div facts = new Div(new Span(getTranslation(pledge.kind().labelKey())),
                new Span(pledge.reference()),
                new Span(getTranslation("donor-portal.giving.pledge-paid", Formats.money(pledge.paid(), getLocale()),
                        Formats.money(pledge.total(), getLocale()))),
                new Span(getTranslation("donor-portal.giving.instalments-paid", pledge.paidInstalments(),
                        pledge.instalments())));
        if (pledge.overdueInstalments() > 0) {
            Span overdue = new Span(getTranslation("donor-portal.giving.instalments-overdue",
                    pledge.overdueInstalments()));
            overdue.addClassName("donor-overdue");
            facts.add(overdue);
        }
        facts.addClassName("donor-card-facts");
        Anchor card = new Anchor(DonorPortalNavigation.pledge(pledge.reference()), top, facts);
        card.setId("donor-pledge-" + DonorDownloads.idPart(pledge.reference()));
        card.addClassNames("donor-card", "donor-pledge-card");
        return card;
    }

    private Section paymentsSection() {
        paymentList.setId("donor-payments");
        paymentList.addClassName("donor-list");
        Section section = new Section(new H2(getTranslation("donor-portal.giving.payments")));
        section.addClassName("donor-section");
        if (payments.countMyPayments() == 0) {
            Paragraph none = new Paragraph(getTranslation("donor-portal.giving.no-payments"));
            none.setId("donor-payments-empty");
            section.add(none);
            return section;
        }
        morePayments.setText(getTranslation("donor-portal.giving.more"));
        morePayments.setId("donor-payments-more");
        morePayments.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        morePayments.addClickListener(click -> showPayments());
        section.add(paymentList, morePayments);
        showPayments();
        return section;
    }

    private void showPayments() {
        int shown = (int) paymentList.getChildren().count();
        List<DonorPayment> page = payments.myPayments(shown, PAGE + 1);
        page.stream().limit(PAGE).forEach(payment -> paymentList.add(PaymentCards.card(this, getLocale(), payments, payment)));
        morePayments.setVisible(page.size() > PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donor-portal.giving.title");
    }
}
