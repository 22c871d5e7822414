package org.chungtay.funds.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.FundsNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Fund managers set up how each unit of their subtree issues receipts and matches bank transfers: the
 * units listed with whether they are set up, and the settings of the one chosen (their own at first; the
 * address names it, {@code ?unit=<id>}, so a reload stays on it).
 */
@Route(FundsNavigation.SETTINGS)
@Menu(order = 85, title = "funds.settings.menu", icon = "vaadin:invoice")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class FundSettingsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient FundUnitService fundUnits;
    private final transient FundUnitSettingsService settings;
    private final TreeGrid<FundUnitRef> unitTree = new TreeGrid<>();
    private final H3 unitName = new H3();
    private final Div formSlot = new Div();
    private Map<Long, FundUnitSettings> settingsByUnit = Map.of();
    private List<FundUnitRef> units = List.of();
    private FundUnitRef shown;

    FundSettingsView(FundUnitService fundUnits, FundUnitSettingsService settings) {
        this.fundUnits = fundUnits;
        this.settings = settings;
        setId("fund-settings-view");
        addClassNames("form-view", "fund-settings-view");

        unitTree.setId("fund-settings-units");
        unitTree.addClassName("fund-settings-units");
        unitTree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        unitTree.addHierarchyColumn(FundUnitRef::name).setHeader(getTranslation("funds.settings.column.unit"))
                .setWidth("10rem").setFlexGrow(1);
        unitTree.addComponentColumn(this::state).setHeader(getTranslation("funds.settings.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        unitTree.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue());
                rememberInAddress(change.getValue());
                unitName.scrollIntoView();
            }
        });

        unitName.setId("fund-settings-unit-name");
        Section form = new Section(unitName, formSlot);
        form.addClassName("fund-settings-section");
        add(new ViewHeader(getTranslation("funds.settings.title")),
                new Paragraph(getTranslation("funds.settings.intro")), unitTree, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
        Optional<Long> asked = event.getLocation().getQueryParameters().getSingleParameter(FundsNavigation.UNIT_PARAMETER)
                .flatMap(FundSettingsView::number);
        units.stream().filter(unit -> asked.isPresent() && unit.id() == asked.get()).findFirst()
                .or(() -> units.stream().findFirst())
                .ifPresent(this::show);
    }

    private void refresh() {
        units = fundUnits.subtree();
        settingsByUnit = new HashMap<>();
        settings.subtreeSettings().forEach(set -> settingsByUnit.put(set.fundUnitId(), set));
        Map<Long, FundUnitRef> byId = new HashMap<>();
        TreeData<FundUnitRef> data = new TreeData<>();
        for (FundUnitRef unit : units) {
            data.addItem(unit.parentId() == null ? null : byId.get(unit.parentId()), unit);
            byId.put(unit.id(), unit);
        }
        unitTree.setDataProvider(new TreeDataProvider<>(data));
        if (!units.isEmpty()) {
            unitTree.expand(units.getFirst());
        }
    }

    /** Shows the unit's settings to edit, and the unit chosen in the tree (its parents opened). */
    private void show(FundUnitRef unit) {
        shown = unit;
        Map<Long, FundUnitRef> byId = new HashMap<>();
        units.forEach(each -> byId.put(each.id(), each));
        for (FundUnitRef parent = byId.get(unit.parentId()); parent != null; parent = byId.get(parent.parentId())) {
            unitTree.expand(parent);
        }
        unitTree.select(unit);
        unitName.setText(getTranslation("funds.settings.of-unit", unit.name()));
        FundSettingsForm form = new FundSettingsForm(unit, settingsByUnit.get(unit.id()));
        form.addSaveListener(saved -> {
            try {
                FundUnitSettings stored = settings.saveSettings(unit.id(), saved.entry());
                Notices.success("funds.settings.saved", stored.receiptName());
                refresh();
                show(shown);
            } catch (UserFacingException problem) {
                if (!form.showProblem(problem)) {
                    Notices.error(problem);
                }
            }
        });
        formSlot.removeAll();
        formSlot.add(form);
    }

    /** Set up, with the unit's code, or not set up yet; one column, so the list fits a phone. */
    private Component state(FundUnitRef unit) {
        FundUnitSettings set = settingsByUnit.get(unit.id());
        Span badge = new Span(getTranslation(set != null ? "funds.settings.state.complete" : "funds.settings.state.missing"));
        badge.addClassNames("badge", set != null ? "badge-success" : "badge-neutral");
        Div state = new Div(badge);
        state.addClassName("fund-settings-state");
        if (set != null) {
            Span code = new Span(set.code());
            code.addClassName("fund-settings-code");
            state.add(code);
        }
        return state;
    }

    private void rememberInAddress(FundUnitRef unit) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(FundsNavigation.SETTINGS,
                QueryParameters.of(FundsNavigation.UNIT_PARAMETER, String.valueOf(unit.id())))));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.settings.title");
    }
}
