package org.chungtay.pledges.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.pledges.PledgeFilter;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeStatus;
import org.chungtay.pledges.PledgeSummary;
import org.chungtay.pledges.PledgesNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.ViewHeader;

/** The pledge pipeline of the caller's subtree, newest first, filtered by campaign, status, kind and unit, paged. */
@Route(PledgesNavigation.STAFF_LIST)
@Menu(order = 20, title = "menu.pledges", icon = "vaadin:heart-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class PledgeListView extends Main implements HasDynamicTitle {

    private final transient PledgeService pledges;
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    private final Select<PledgeStatus> status = new Select<>();
    private final Select<PledgeKind> kind = new Select<>();
    private final ComboBox<FundUnitRef> unit = new ComboBox<>();
    private final Grid<PledgeSummary> grid = new Grid<>();

    PledgeListView(PledgeService pledges, CampaignService campaigns, FundUnitService fundUnits,
            AuthenticationContext authentication) {
        this.pledges = pledges;
        setId("pledge-list-view");
        addClassName("list-view");
        List<CampaignSummary> campaignList = campaigns.list(CampaignFilter.ALL);
        Map<Long, String> campaignNames = campaignList.stream()
                .collect(Collectors.toMap(CampaignSummary::id, c -> c.name(getLocale())));

        campaign.setId("pledge-filter-campaign");
        campaign.setPlaceholder(getTranslation("pledges.filter.campaign"));
        campaign.setAriaLabel(getTranslation("pledges.filter.campaign"));
        campaign.setItems(campaignList);
        campaign.setItemLabelGenerator(c -> c.name(getLocale()));
        campaign.setClearButtonVisible(true);
        status.setId("pledge-filter-status");
        status.setAriaLabel(getTranslation("pledges.filter.status"));
        status.setItems(PledgeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("pledges.filter.any-status"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("pledges.filter.any-status")
                : getTranslation(s.labelKey()));
        kind.setId("pledge-filter-kind");
        kind.setAriaLabel(getTranslation("pledges.filter.kind"));
        kind.setItems(PledgeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("pledges.filter.any-kind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("pledges.filter.any-kind")
                : getTranslation(k.labelKey()));
        unit.setId("pledge-filter-unit");
        unit.setPlaceholder(getTranslation("pledges.filter.unit"));
        unit.setAriaLabel(getTranslation("pledges.filter.unit"));
        unit.setItems(fundUnits.subtree());
        unit.setItemLabelGenerator(FundUnitRef::name);
        unit.setClearButtonVisible(true);
        campaign.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        unit.addValueChangeListener(change -> refresh());

        grid.setId("pledge-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PledgeSummary::reference).setHeader(getTranslation("pledges.column.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PledgeSummary::donorName).setHeader(getTranslation("pledges.column.donor")).setFlexGrow(2);
        grid.addColumn(p -> campaignNames.getOrDefault(p.campaignId(), ""))
                .setHeader(getTranslation("pledges.column.campaign")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.kind().labelKey())).setHeader(getTranslation("pledges.column.kind"));
        grid.addColumn(p -> p.total().format(getLocale())).setHeader(getTranslation("pledges.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("pledges.column.status"));
        grid.addColumn(p -> Formats.dateTime(this, p.createdAt())).setHeader(getTranslation("pledges.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("pledges.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(PledgesNavigation.staffDetails(click.getItem().id()))));

        Button enter = new Button(getTranslation("pledges.action.enter"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PledgesNavigation.STAFF_ENTRY)));
        enter.setId("pledge-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF));

        FlexLayout filters = new FlexLayout(campaign, status, kind, unit);
        filters.addClassName("toolbar");
        add(new ViewHeader(getTranslation("pledges.list.title"), enter), filters, grid);
        refresh();
    }

    /** Lazy: the grid asks for the count and for the pages it shows, each one query in the database. */
    private void refresh() {
        PledgeFilter filter = new PledgeFilter(campaign.getValue() == null ? null : campaign.getValue().id(),
                status.getValue(), kind.getValue(), unit.getValue() == null ? null : unit.getValue().id());
        grid.setItems(query -> pledges.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, pledges.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pledges.list.title");
    }
}
