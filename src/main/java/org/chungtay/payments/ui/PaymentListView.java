package org.chungtay.payments.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.donors.DonorQuery;
import org.chungtay.donors.DonorRef;
import org.chungtay.donors.DonorType;
import org.chungtay.donors.ui.NewDonorDialog;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorSummary;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.payments.PaymentsNavigation;
import org.chungtay.payments.PdfFile;
import org.chungtay.payments.ReceiptService;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ReasonDialog;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The payments of the caller's subtree, newest first, paged and searched in the database. Accountants
 * record a payment here and reverse one with a reason; fund managers read.
 */
@Route(PaymentsNavigation.STAFF_LIST)
@Menu(order = 25, title = "menu.payments", icon = "vaadin:money")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.ACCOUNTANT})
class PaymentListView extends Main implements HasDynamicTitle {

    private final transient PaymentService payments;
    private final transient ReceiptService receipts;
    private final transient CampaignService campaigns;
    private final transient DonorService donors;
    private final transient FundUnitService fundUnits;
    private final boolean keeper;
    private final TextField search = new TextField();
    private final Grid<PaymentSummary> grid = new Grid<>();

    PaymentListView(PaymentService payments, ReceiptService receipts, CampaignService campaigns, DonorService donors,
            FundUnitService fundUnits, AuthenticationContext authentication) {
        this.payments = payments;
        this.receipts = receipts;
        this.campaigns = campaigns;
        this.donors = donors;
        this.fundUnits = fundUnits;
        this.keeper = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.ACCOUNTANT);
        setId("payment-list-view");
        addClassName("list-view");
        Map<Long, String> campaignNames = campaigns.list(CampaignFilter.ALL).stream()
                .collect(Collectors.toMap(CampaignSummary::id, c -> c.name(getLocale())));

        Button record = new Button(getTranslation("payments.action.record"), VaadinIcon.PLUS.create(),
                click -> openRecordDialog());
        record.setId("payment-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(keeper);

        search.setId("payment-search");
        search.addClassName("wide-search");
        search.setPlaceholder(getTranslation("payments.search"));
        search.setAriaLabel(getTranslation("payments.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.setId("payment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> Formats.date(this, p.receivedOn())).setHeader(getTranslation("payments.column.received-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.amount().format(getLocale())).setHeader(getTranslation("payments.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.method().labelKey())).setHeader(getTranslation("payments.column.method"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.pledgeReference() == null ? getTranslation("payments.without-pledge") : p.pledgeReference())
                .setHeader(getTranslation("payments.column.pledge")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.donorName() == null ? Formats.NOTHING : p.donorName())
                .setHeader(getTranslation("payments.column.donor")).setFlexGrow(2);
        grid.addColumn(p -> p.campaignId() == null ? Formats.NOTHING : campaignNames.getOrDefault(p.campaignId(), ""))
                .setHeader(getTranslation("payments.column.campaign")).setFlexGrow(2);
        grid.addComponentColumn(this::receipt).setHeader(getTranslation("payments.column.receipt")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("payments.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("payments.empty"));

        Button statement = new Button(getTranslation("payments.action.statement"), VaadinIcon.FILE_TEXT_O.create(),
                click -> openStatementDialog());
        statement.setId("payment-statement");

        FlexLayout toolbar = new FlexLayout(search);
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("payments.list.title"), statement, record), toolbar, grid);
        refresh();
    }

    /** Counts, or reversed with its reason; an accountant's button to reverse one that counts. */
    private Component state(PaymentSummary payment) {
        Component state = countsOrReversed(payment);
        if (payment.method() != PaymentMethod.GOODS) {
            return state;
        }
        Button handover = new Button(getTranslation("payments.action.handover"), VaadinIcon.FILE_TEXT_O.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PaymentsNavigation.handover(payment.id()))));
        handover.setId("payment-handover-" + payment.id());
        handover.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Div(state, handover);
    }

    /**
     * The standing receipt's number, which opens its PDF, and an accountant's button to void and reissue
     * it; without one, an accountant's button to issue it.
     */
    private Component receipt(PaymentSummary payment) {
        if (payment.receiptNumber() != null) {
            long receiptId = payment.receiptId();
            ReceiptService service = receipts;
            Anchor pdf = new Anchor(PdfDownload.of(() -> service.pdf(receiptId)), payment.receiptNumber());
            pdf.setId("payment-receipt-" + payment.id());
            pdf.setTarget(AnchorTarget.BLANK);
            if (!keeper) {
                return pdf;
            }
            Button reissue = new Button(VaadinIcon.REFRESH.create(), click -> openReissueDialog(payment));
            reissue.setId("payment-reissue-" + payment.id());
            reissue.setAriaLabel(getTranslation("payments.action.reissue"));
            reissue.setTooltipText(getTranslation("payments.action.reissue"));
            reissue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            Div cell = new Div(pdf, reissue);
            cell.addClassName("receipt-cell");
            return cell;
        }
        if (payment.reversed() || !keeper) {
            return new Span(Formats.NOTHING);
        }
        Button issue = new Button(getTranslation("payments.action.issue-receipt"), click -> Notices.attempt(() -> {
            receipts.issue(payment.id());
            Notices.success("payments.receipt-issued");
            refresh();
        }));
        issue.setId("payment-issue-receipt-" + payment.id());
        issue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return issue;
    }

    private void openReissueDialog(PaymentSummary payment) {
        new ReasonDialog("receipt-reissue", getTranslation("payments.reissue.title", payment.receiptNumber()),
                getTranslation("payments.reissue.what"), getTranslation("payments.field.reason"),
                getTranslation("payments.action.reissue"), PaymentEntry.NOTE_LIMIT, reason -> {
                    receipts.reissue(payment.receiptId(), reason);
                    Notices.success("payments.receipt-reissued");
                    refresh();
                }).open();
    }

    private Component countsOrReversed(PaymentSummary payment) {
        if (payment.reversed()) {
            Span badge = new Span(getTranslation("payments.state.reversed"));
            badge.addClassNames("badge", "badge-error");
            badge.getElement().setAttribute("title", payment.reversalReason());
            return badge;
        }
        if (!keeper) {
            Span badge = new Span(getTranslation("payments.state.counts"));
            badge.addClassNames("badge", "badge-success");
            return badge;
        }
        Button reverse = new Button(getTranslation("payments.action.reverse"), click -> openReverseDialog(payment));
        reverse.setId("payment-reverse-" + payment.id());
        reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return reverse;
    }

    private DataProvider<DonorSummary, String> donorSearch() {
        DonorService service = donors;
        return DataProvider.fromFilteringCallbacks(
                query -> service.search(new DonorQuery(query.getFilter().orElse(""), null), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.count(new DonorQuery(query.getFilter().orElse(""), null))));
    }

    /** A donor's combined statement: the period chosen, the PDF made, then offered to open. */
    private void openStatementDialog() {
        DonorStatementForm form = new DonorStatementForm(donorSearch());
        new FormDialog<DonorStatementForm.StatementRequest>("statement", getTranslation("payments.statement.title"),
                "payments.statement.create", form, form::submit, form::showProblem, request -> {
                    PdfFile file = receipts.statement(request.donorId(), request.from(), request.to());
                    Anchor open = new Anchor(PdfDownload.of(() -> file), getTranslation("payments.statement.open"));
                    open.setId("statement-open");
                    open.setTarget(AnchorTarget.BLANK);
                    Dialog ready = new Dialog(open);
                    ready.setId("statement-ready-dialog");
                    ready.setHeaderTitle(getTranslation("payments.statement.ready"));
                    Button close = new Button(getTranslation("action.close"), click -> ready.close());
                    ready.getFooter().add(close);
                    ready.open();
                }).open();
    }

    private void openRecordDialog() {
        List<CampaignSummary> campaignList = campaigns.list(CampaignFilter.ALL);
        List<FundUnitRef> units = fundUnits.subtree().stream().filter(FundUnitRef::active).toList();
        PaymentForm form = new PaymentForm(campaignList, units, donorSearch());
        long ownUnit = FundScope.requirePrincipal().fundUnitId();
        form.newOrganisation.addClickListener(click -> new NewDonorDialog(DonorType.ORGANISATION, units, ownUnit,
                donors, created -> chooseNewDonor(form, created)).open());
        form.newPerson.addClickListener(click -> new NewDonorDialog(DonorType.INDIVIDUAL, units, ownUnit,
                donors, created -> chooseNewDonor(form, created)).open());
        form.pledgeReference.addValueChangeListener(change -> lookUpPledge(form, change.getValue()));
        FormDialog<PaymentEntry> dialog = new FormDialog<>("payment", getTranslation("payments.record.title"), form,
                form::submit, form::showProblem, entry -> {
                    PaymentSummary recorded = payments.record(entry);
                    if (recorded.receiptNumber() == null) {
                        Notices.success("payments.recorded", recorded.amount().format(getLocale()));
                    } else {
                        Notices.success("payments.recorded-with-receipt", recorded.amount().format(getLocale()),
                                recorded.receiptNumber());
                    }
                    refresh();
                });
        dialog.open();
    }

    /** The donor just registered from the payment dialog, chosen in it. */
    private void chooseNewDonor(PaymentForm form, DonorRef created) {
        donors.search(new DonorQuery(created.displayName(), null), 0, 50).stream()
                .filter(found -> found.id() == created.id()).findFirst().ifPresent(form.donor::setValue);
    }

    private void lookUpPledge(PaymentForm form, String reference) {
        if (reference == null || reference.isBlank()) {
            form.clearPledge();
            return;
        }
        try {
            form.showPledge(payments.pledge(reference));
        } catch (UserFacingException problem) {
            form.clearPledge();
            form.showProblem(problem);
        }
    }

    private void openReverseDialog(PaymentSummary payment) {
        new ReasonDialog("payment-reverse", getTranslation("payments.reverse.title"),
                getTranslation("payments.reverse.what", payment.amount().format(getLocale()),
                        Formats.date(this, payment.receivedOn())),
                getTranslation("payments.field.reason"), getTranslation("payments.action.reverse"),
                PaymentEntry.NOTE_LIMIT, reason -> {
                    payments.reverse(payment.id(), reason);
                    Notices.success("payments.reversed");
                    refresh();
                }).open();
    }

    /** Lazy: the grid asks for the count and for the pages it shows, each one query in the database. */
    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> payments.list(text, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, payments.count(text)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.list.title");
    }
}
