package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;
import org.chungtay.shared.ui.Formats;

/** The campaigns of the person's subtree, filtered by kind, year, status and fund unit. */
@Route("staff/campaigns")
@Menu(order = 10, title = "campaigns.menu", icon = "vaadin:flag")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class CampaignListView extends Main implements HasDynamicTitle {

    private static final int NARROW = 640;

    private final transient CampaignService campaigns;
    private final List<FundUnitRef> units;
    private final Select<CampaignKind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<CampaignStatus> status = new Select<>();
    private final ComboBox<FundUnitRef> fundUnit = new ComboBox<>();
    private final Grid<CampaignSummary> grid = new Grid<>();
    private Grid.Column<CampaignSummary> dates;
    private Grid.Column<CampaignSummary> goal;

    CampaignListView(CampaignService campaigns, FundUnitService fundUnits, AuthenticationContext authentication) {
        this.campaigns = campaigns;
        this.units = fundUnits.subtree();
        setId("campaign-list-view");
        addClassNames("list-view", "campaign-list-view");

        Button create = new Button(getTranslation("campaigns.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.setId("campaign-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF));

        add(new ViewHeader(getTranslation("campaigns.title"), create), filters(), grid());
        refresh();
        addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(
                    details -> fitTo(details.getWindowInnerWidth()));
            attach.getUI().getPage().addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
        });
    }

    /** On a phone the dates and goal move under the name, so that nothing scrolls sideways. */
    private void fitTo(int windowWidth) {
        boolean narrow = windowWidth < NARROW;
        dates.setVisible(!narrow);
        goal.setVisible(!narrow);
        grid.getElement().getClassList().set("compact", narrow);
    }

    private Component filters() {
        kind.setId("campaign-filter-kind");
        kind.setLabel(getTranslation("campaigns.field.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("campaigns.filter.all") : getTranslation(k.labelKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("campaigns.filter.all"));

        year.setId("campaign-filter-year");
        year.setLabel(getTranslation("campaigns.filter.year"));
        year.setItems(years());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("campaigns.filter.all") : String.valueOf(y));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("campaigns.filter.all"));

        status.setId("campaign-filter-status");
        status.setLabel(getTranslation("campaigns.field.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("campaigns.filter.all") : getTranslation(s.labelKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("campaigns.filter.all"));

        fundUnit.setId("campaign-filter-fund-unit");
        fundUnit.setLabel(getTranslation("campaigns.field.fund-unit"));
        fundUnit.setItems(units);
        fundUnit.setItemLabelGenerator(FundUnitRef::name);
        fundUnit.setClearButtonVisible(true);
        fundUnit.setPlaceholder(getTranslation("campaigns.filter.all"));

        kind.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        fundUnit.addValueChangeListener(change -> refresh());
        Div filters = new Div(kind, year, status, fundUnit);
        filters.addClassName("campaign-filters");
        return filters;
    }

    private Component grid() {
        grid.setId("campaign-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("campaigns.field.name"))
                .setFlexGrow(3).setResizable(true);
        dates = grid.addColumn(c -> Formats.period(this, c.startDate(), c.endDate()))
                .setHeader(getTranslation("campaigns.field.dates")).setAutoWidth(true).setFlexGrow(0);
        goal = grid.addColumn(c -> Formats.money(c.goal(), getLocale()))
                .setHeader(getTranslation("campaigns.field.goal")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(c -> "amount");
        grid.addComponentColumn(c -> new CampaignStatusBadge(c.status()))
                .setHeader(getTranslation("campaigns.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(
                ui -> CampaignsNavigation.toStaffDetails(ui, click.getItem().id())));
        grid.setEmptyStateText(getTranslation("campaigns.empty"));
        return grid;
    }

    private Component nameCell(CampaignSummary campaign) {
        Span name = new Span(campaign.name(getLocale()));
        name.addClassName("campaign-cell-name");
        Span detail = new Span(getTranslation(campaign.kind().labelKey()) + " · " + campaign.fundUnitName());
        detail.addClassName("campaign-cell-detail");
        Span compact = new Span(Formats.period(this, campaign.startDate(), campaign.endDate()) + " · "
                + Formats.money(campaign.goal(), getLocale()));
        compact.addClassName("campaign-cell-compact");
        Div cell = new Div(name, detail, compact);
        cell.addClassName("campaign-cell");
        cell.setId("campaign-row-" + campaign.id());
        return cell;
    }

    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(CampaignCalendar.today().getYear());
        for (CampaignSummary campaign : campaigns.list(CampaignFilter.ALL)) {
            Stream.of(campaign.startDate(), campaign.endDate()).filter(Objects::nonNull).map(LocalDate::getYear)
                    .forEach(years::add);
            if (campaign.occasionYear() != null) {
                years.add(campaign.occasionYear());
            }
        }
        return List.copyOf(years.descendingSet());
    }

    private void refresh() {
        grid.setItems(campaigns.list(new CampaignFilter(kind.getValue(), year.getValue(), status.getValue(),
                fundUnit.getValue() == null ? null : fundUnit.getValue().id())));
    }

    private void openCreate() {
        CampaignForm form = new CampaignForm(units, null, CampaignStatus.DRAFT);
        FormDialog<CampaignDraft> dialog = new FormDialog<>("campaign", getTranslation("campaigns.new"), form,
                form::submit, form::showOnField, draft -> {
                    CampaignDetails created = campaigns.create(draft);
                    Notices.success("campaigns.saved");
                    getUI().ifPresent(ui -> CampaignsNavigation.toStaffDetails(ui, created.id()));
                });
        dialog.addClassName("campaign-dialog");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.title");
    }
}
