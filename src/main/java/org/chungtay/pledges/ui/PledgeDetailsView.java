package org.chungtay.pledges.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.beans.factory.ObjectProvider;

import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.pledges.InstalmentState;
import org.chungtay.pledges.Pledge;
import org.chungtay.pledges.PledgeDetails;
import org.chungtay.pledges.PledgeDetailsSection;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeStatus;
import org.chungtay.pledges.PledgesNavigation;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ReasonDialog;
import org.chungtay.shared.ui.ViewHeader;
import org.chungtay.shared.ui.RouteIds;

/** One pledge for staff: what was promised, by whom, its instalments, its history, and what to do next. */
@Route(PledgesNavigation.STAFF_LIST + "/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class PledgeDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PledgeService pledges;
    private final transient PaymentService payments;
    private final transient ObjectProvider<PledgeDetailsSection> sections;
    /** Accountants read pledges; only those who handle them see what can be done to them. */
    private final boolean handler;
    private long id;
    private String title = "";

    PledgeDetailsView(PledgeService pledges, PaymentService payments, AuthenticationContext authentication,
            ObjectProvider<PledgeDetailsSection> sections) {
        this.pledges = pledges;
        this.payments = payments;
        this.sections = sections;
        this.handler = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF);
        setId("pledge-details-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.of(event);
        render();
    }

    private void render() {
        PledgeDetails details;
        try {
            details = pledges.get(id);
        } catch (UserFacingException gone) {
            throw new NotFoundException();
        }
        Pledge pledge = details.pledge();
        title = getTranslation("pledges.details.title", pledge.reference());
        removeAll();

        Button confirm = new Button(getTranslation("pledges.action.confirm"), click -> act(() -> pledges.confirm(id)));
        confirm.setId("pledge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(handler && pledge.status() == PledgeStatus.PLEDGED);
        Button lapse = new Button(getTranslation("pledges.action.lapse"), click -> act(() -> pledges.markLapsed(id)));
        lapse.setId("pledge-lapse");
        lapse.setVisible(handler && pledge.status().isOpen() && pledge.status() != PledgeStatus.PLEDGED);
        Button cancel = new Button(getTranslation("pledges.action.cancel"), click -> askReason());
        cancel.setId("pledge-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setVisible(handler && pledge.status().isOpen());

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "pledges.column.reference", pledge.reference(), "pledge-details-reference");
        fact(facts, "pledges.column.status", getTranslation(pledge.status().labelKey()), "pledge-details-status");
        fact(facts, "pledges.column.campaign", details.campaignName(), null);
        fact(facts, "pledges.column.kind", getTranslation(pledge.kind().labelKey()), null);
        if (pledge.programme() != null) {
            fact(facts, "pledges.field.programme", getTranslation(pledge.programme().labelKey()), "pledge-details-programme");
        }
        if (details.projectTitle() != null) {
            fact(facts, "pledges.details.project", details.projectTitle(), "pledge-details-project");
        }
        fact(facts, "pledges.column.total", pledge.total().format(getLocale()), "pledge-details-total");
        fact(facts, "pledges.details.paid", pledge.paid().format(getLocale()), "pledge-details-paid");
        if (pledge.overpaid().isPositive()) {
            fact(facts, "pledges.details.overpaid", pledge.overpaid().format(getLocale()), "pledge-details-overpaid");
        }
        fact(facts, "pledges.column.donor", pledge.donorName(), "pledge-details-donor");
        if (pledge.taxCode() != null) {
            fact(facts, "pledges.field.tax-code", pledge.taxCode(), null);
        }
        fact(facts, "pledges.field.contact-name", pledge.contactName(), null);
        fact(facts, "pledges.field.email", pledge.contactEmail(), null);
        if (pledge.contactPhone() != null) {
            fact(facts, "pledges.field.phone", pledge.contactPhone(), null);
        }
        pledge.enteredBy().ifPresent(staffMember ->
                fact(facts, "pledges.details.entered-by", staffMember, "pledge-details-entered-by"));
        if (pledge.namesExistingDonor()) {
            fact(facts, "pledges.details.donor", getTranslation("pledges.details.claim-pending"), "pledge-claim");
        }
        if (pledge.cancelReason() != null) {
            fact(facts, "pledges.details.cancel-reason", pledge.cancelReason(), null);
        }

        Grid<InstalmentState> instalments = new Grid<>();
        instalments.setId("pledge-details-instalments");
        instalments.setAllRowsVisible(true);
        instalments.addColumn(i -> i.instalment().number()).setHeader(getTranslation("pledges.instalment.number"))
                .setAutoWidth(true).setFlexGrow(0);
        instalments.addColumn(i -> Formats.date(this, i.instalment().dueDate()))
                .setHeader(getTranslation("pledges.instalment.due"));
        instalments.addColumn(i -> i.instalment().amount().format(getLocale()))
                .setHeader(getTranslation("pledges.instalment.amount"));
        instalments.addColumn(i -> i.paid().format(getLocale())).setHeader(getTranslation("pledges.instalment.paid"));
        instalments.addComponentColumn(i -> {
            Span state = new Span(getTranslation(i.state().labelKey()));
            state.addClassName("badge");
            state.addClassName(i.state() == InstalmentState.State.PAID ? "badge-success"
                    : i.state() == InstalmentState.State.OVERDUE ? "badge-error" : "badge-neutral");
            return state;
        }).setHeader(getTranslation("pledges.instalment.state")).setAutoWidth(true);
        instalments.setItems(pledge.instalmentStates(VietnamTime.today()));

        Grid<PaymentSummary> received = new Grid<>();
        received.setId("pledge-details-payments");
        received.setAllRowsVisible(true);
        received.addColumn(p -> Formats.date(this, p.receivedOn())).setHeader(getTranslation("payments.column.received-on"))
                .setAutoWidth(true).setFlexGrow(0);
        received.addColumn(p -> p.amount().format(getLocale())).setHeader(getTranslation("payments.column.amount"));
        received.addColumn(p -> getTranslation(p.method().labelKey())).setHeader(getTranslation("payments.column.method"));
        received.addColumn(p -> p.receiptNumber() == null ? Formats.NOTHING : p.receiptNumber())
                .setHeader(getTranslation("payments.column.receipt")).setAutoWidth(true);
        received.addColumn(p -> p.reversed() ? getTranslation("payments.state.reversed") + ": " + p.reversalReason()
                : getTranslation("payments.state.counts")).setHeader(getTranslation("payments.column.state")).setFlexGrow(2);
        received.setEmptyStateText(getTranslation("pledges.details.no-payments"));
        received.setItems(payments.ofPledge(id));

        Grid<AuditRecord> history = new Grid<>();
        history.setId("pledge-history");
        history.setAllRowsVisible(true);
        history.addColumn(r -> Formats.dateTime(this, r.occurredAt())).setHeader(getTranslation("pledges.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditRecord::actor).setHeader(getTranslation("pledges.history.who")).setAutoWidth(true);
        history.addColumn(r -> getTranslation("pledges.history." + r.action())).setHeader(
                getTranslation("pledges.history.what"));
        history.setItems(details.history());

        FlexLayout actions = new FlexLayout(confirm, lapse, cancel);
        actions.addClassName("toolbar");
        add(new ViewHeader(title), actions, facts, new H3(getTranslation("pledges.details.instalments")), instalments,
                new H3(getTranslation("pledges.details.payments")), received);
        sections.orderedStream().forEach(section -> section.create(pledge).ifPresent(this::add));
        add(new H3(getTranslation("pledges.details.history")), history);
    }

    private void fact(DescriptionList facts, String termKey, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        facts.add(new DescriptionList.Term(getTranslation(termKey)), description);
    }

    private void act(Runnable action) {
        Notices.attempt(() -> {
            action.run();
            Notices.success("pledges.saved");
            render();
        });
    }

    private void askReason() {
        new ReasonDialog("pledge-cancel", getTranslation("pledges.action.cancel"), null,
                getTranslation("pledges.details.cancel-reason"), getTranslation("pledges.action.cancel-confirm"),
                Pledge.CANCEL_REASON_LIMIT, reason -> {
                    pledges.cancel(id, reason);
                    Notices.success("pledges.saved");
                    render();
                }).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
