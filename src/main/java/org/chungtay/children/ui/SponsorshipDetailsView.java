package org.chungtay.children.ui;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.children.ChildProfile;
import org.chungtay.children.ChildrenNavigation;
import org.chungtay.children.DeliveryEntry;
import org.chungtay.children.SharedNote;
import org.chungtay.children.SponsoredMonth;
import org.chungtay.children.Sponsorship;
import org.chungtay.children.SponsorshipService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;
import org.chungtay.shared.ui.RouteIds;

/**
 * One sponsorship, the child as a pseudonym: its terms, its months with their deliveries and late ones flagged,
 * and the notes shared while consent allows. Commune staff record a month's delivery here with the guardian's
 * signed receipt, and download receipts.
 */
@Route(ChildrenNavigation.SPONSORSHIPS + "/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class SponsorshipDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SponsorshipService sponsorships;
    private final boolean recorder;
    private long id;
    private String title = "";

    SponsorshipDetailsView(SponsorshipService sponsorships, AuthenticationContext authentication) {
        this.sponsorships = sponsorships;
        this.recorder = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF);
        setId("sponsorship-details-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.of(event);
        render();
    }

    private void render() {
        ChildProfile profile;
        try {
            profile = sponsorships.profile(id);
        } catch (UserFacingException gone) {
            throw new NotFoundException();
        }
        Sponsorship sponsorship = profile.sponsorship();
        String child = SponsorshipGrids.label(this, profile.pseudonym());
        title = getTranslation("children.sponsorship.title", profile.pseudonym().code());
        removeAll();

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        Fields.fact(this, facts, "children.sponsorship.child", child, "sponsorship-child");
        if (profile.pseudonym().sharedGivenName() != null) {
            Fields.fact(this, facts, "children.field.given-name", profile.pseudonym().sharedGivenName(),
                    "sponsorship-given-name");
        }
        Fields.fact(this, facts, "children.sponsorship.pledge", sponsorship.pledgeReference(), "sponsorship-pledge");
        Fields.fact(this, facts, "children.sponsorship.sponsor", sponsorship.sponsorName(), null);
        Fields.fact(this, facts, "children.sponsorship.amount", sponsorship.amountPerMonth().format(getLocale()), null);
        Fields.fact(this, facts, "children.sponsorship.term", SponsorshipGrids.month(this, sponsorship.startMonth()) + " – "
                + SponsorshipGrids.month(this, sponsorship.endMonth()), null);
        Span late = SponsorshipGrids.lateBadge(this, sponsorship.lateMonths());
        late.setId("sponsorship-late");

        Grid<SponsoredMonth> months = new Grid<>();
        months.setId("sponsorship-months");
        months.setAllRowsVisible(true);
        months.addColumn(m -> SponsorshipGrids.month(this, m.period())).setHeader(getTranslation("children.delivery.period"))
                .setAutoWidth(true).setFlexGrow(0);
        months.addColumn(m -> Formats.date(this, m.dueOn())).setHeader(getTranslation("children.delivery.due"))
                .setAutoWidth(true);
        months.addColumn(m -> Formats.date(this, m.deliveredOn())).setHeader(getTranslation("children.delivery.date"))
                .setAutoWidth(true);
        months.addColumn(m -> m.amount() == null ? Formats.NOTHING : m.amount().format(getLocale()))
                .setHeader(getTranslation("children.delivery.amount")).setTextAlign(ColumnTextAlign.END);
        months.addColumn(m -> m.method() == null ? Formats.NOTHING : getTranslation(m.method().labelKey()))
                .setHeader(getTranslation("children.delivery.method"));
        months.addComponentColumn(this::state).setHeader(getTranslation("children.delivery.state")).setAutoWidth(true);
        if (recorder) {
            months.addComponentColumn(m -> action(m, sponsorship)).setHeader(getTranslation("children.delivery.receipt"))
                    .setAutoWidth(true);
        }
        months.setItems(profile.months());

        Grid<SharedNote> notes = new Grid<>();
        notes.setId("sponsorship-notes");
        notes.setAllRowsVisible(true);
        notes.addColumn(n -> Formats.date(this, n.writtenOn())).setHeader(getTranslation("children.note.date"))
                .setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(SharedNote::text).setHeader(getTranslation("children.note.text")).setFlexGrow(3);
        notes.setEmptyStateText(getTranslation("children.note.none-shared"));
        notes.setItems(profile.notes());

        add(new ViewHeader(title), facts, new Div(late), new H3(getTranslation("children.delivery.title")), months,
                new H3(getTranslation("children.note.shared-title")), notes);
    }

    private Span state(SponsoredMonth month) {
        String key = month.delivered() ? "children.delivery.state.delivered"
                : month.late() ? "children.delivery.state.late" : "children.delivery.state.open";
        Span state = new Span(getTranslation(key));
        state.addClassNames("badge", month.delivered() ? "badge-success" : month.late() ? "badge-error" : "badge-neutral");
        return state;
    }

    private Component action(SponsoredMonth month, Sponsorship sponsorship) {
        if (month.delivered()) {
            Anchor receipt = new Anchor((DownloadHandler) event -> {
                ScannedDocument document = sponsorships.receipt(month.id()).orElseThrow();
                event.setContentType("application/octet-stream");
                event.setContentLength(document.size());
                event.setFileName(document.fileName());
                event.getOutputStream().write(document.bytes());
            }, month.receiptName());
            receipt.setId("delivery-receipt-" + month.period());
            return receipt;
        }
        if (month.period().isAfter(YearMonth.from(VietnamTime.today()))) {
            return new Span();
        }
        Button record = new Button(getTranslation("children.delivery.record"), click -> {
            DeliveryForm form = new DeliveryForm(sponsorship.amountPerMonth());
            new FormDialog<DeliveryForm.Entry>("delivery", getTranslation("children.delivery.record-title",
                    SponsorshipGrids.month(this, month.period())), form, form::submit, form::showProblem, entry -> {
                        sponsorships.recordDelivery(month.id(), new DeliveryEntry(entry.deliveredOn(), entry.amount(),
                                entry.method(), ScannedDocument.of(entry.receiptName(), entry.receipt())));
                        Notices.success("children.delivery.recorded");
                        render();
                    }).open();
        });
        record.setId("delivery-record-" + month.period());
        return new FlexLayout(record);
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
