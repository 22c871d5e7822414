package org.chungtay.donors.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.donors.DonorQuery;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorSummary;
import org.chungtay.donors.DonorType;
import org.chungtay.donors.DonorsNavigation;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The donors of the person's subtree, searched as people type: accents and case do not matter, and
 * every word must match somewhere (name, address, tax code, email, phone, contacts). The grid loads
 * page by page from the database, without counting first, so one keystroke costs one query.
 */
@Route("staff/donors")
@Menu(order = 30, title = "menu.donors", icon = "vaadin:handshake")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class DonorListView extends Main implements HasDynamicTitle {

    private final transient DonorService donors;
    private final transient FundUnitService fundUnits;
    private final TextField search = new TextField();
    private final Select<DonorType> type = new Select<>();
    private final Grid<DonorSummary> grid = new Grid<>();

    DonorListView(DonorService donors, FundUnitService fundUnits) {
        this.donors = donors;
        this.fundUnits = fundUnits;
        setId("donor-list-view");
        addClassName("list-view");

        search.setId("donor-search");
        search.setPlaceholder(getTranslation("donors.search"));
        search.setAriaLabel(getTranslation("donors.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addClassName("donor-search");

        type.setId("donor-type-filter");
        type.setAriaLabel(getTranslation("donors.filter.type"));
        type.setItems(DonorType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("donors.filter.all-types"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("donors.filter.all-types")
                : getTranslation(t.labelKey()));
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button addOrganisation = new Button(getTranslation("donors.add-organisation"), VaadinIcon.PLUS.create(),
                click -> openNew(DonorType.ORGANISATION));
        addOrganisation.setId("donor-add-organisation");
        addOrganisation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addIndividual = new Button(getTranslation("donors.add-individual"), VaadinIcon.PLUS.create(),
                click -> openNew(DonorType.INDIVIDUAL));
        addIndividual.setId("donor-add-individual");

        grid.setId("donor-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::donorCell).setHeader(getTranslation("donors.column.donor")).setFlexGrow(3);
        grid.addColumn(DonorSummary::fundUnitName).setHeader(getTranslation("donors.column.fund-unit"))
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("donors.empty"));
        // No count: each keystroke costs one page query, and the grid grows as people scroll.
        grid.setItems(query -> donors.search(query(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> DonorsNavigation.toDonor(ui, click.getItem().id())));

        Div filters = new Div(search, type);
        filters.addClassName("donor-filters");
        add(new ViewHeader(getTranslation("donors.title"), addOrganisation, addIndividual), filters, grid);
    }

    private DonorQuery query() {
        return new DonorQuery(search.getValue(), type.getValue());
    }

    private Component donorCell(DonorSummary donor) {
        Span name = new Span(donor.name());
        name.addClassName("donor-name");
        Span kind = new Span(getTranslation(donor.type().labelKey()));
        kind.addClassNames("badge", "donor-type");
        Div first = new Div(name, kind);
        first.addClassName("donor-cell-title");
        String key = donor.type() == DonorType.ORGANISATION ? donor.taxCode() : donor.email();
        Div cell = new Div(first);
        cell.addClassName("donor-cell");
        if (key != null) {
            Span identifier = new Span(key);
            identifier.addClassName("donor-identifier");
            cell.add(identifier);
        }
        if (donor.address() != null) {
            Span address = new Span(donor.address());
            address.addClassName("donor-address");
            cell.add(address);
        }
        return cell;
    }

    private void openNew(DonorType donorType) {
        new NewDonorDialog(donorType, fundUnits.subtree(), FundScope.requirePrincipal().fundUnitId(), donors,
                created -> getUI().ifPresent(ui -> DonorsNavigation.toDonor(ui, created.id()))).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donors.title");
    }
}
