package org.chungtay.funds.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.funds.FundLevel;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitService.LevelNames;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.StatusBadge;
import org.chungtay.shared.ui.ViewHeader;

/** The fund tree below the administrator's unit, and the names of its levels. */
@Route("admin/fund-units")
@Menu(order = 90, title = "menu.fund-units", icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMIN)
class FundUnitsView extends Main implements HasDynamicTitle {

    private final transient FundUnitService fundUnits;
    private final TreeGrid<FundUnitRef> tree = new TreeGrid<>();
    private final Grid<FundLevel> levelGrid = new Grid<>();
    private final Button addChild = new Button();
    private final Button rename = new Button();
    private final Button toggleActive = new Button();
    private Map<Integer, FundLevel> levelsByDepth = Map.of();

    FundUnitsView(FundUnitService fundUnits) {
        this.fundUnits = fundUnits;
        setId("fund-units-view");
        addClassName("list-view");

        addChild.setText(getTranslation("funds.add-child"));
        addChild.setIcon(VaadinIcon.PLUS.create());
        addChild.setId("add-fund-unit");
        addChild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.addClickListener(click -> selected().ifPresent(parent -> askName("funds.add-child", "",
                name -> fundUnits.create(parent.id(), name))));
        rename.setText(getTranslation("funds.rename"));
        rename.setId("rename-fund-unit");
        rename.addClickListener(click -> selected().ifPresent(unit -> askName("funds.rename", unit.name(),
                name -> fundUnits.rename(unit.id(), name))));
        toggleActive.setId("toggle-fund-unit");
        toggleActive.addClickListener(click -> selected().ifPresent(unit -> Notices.attempt(() -> {
            if (unit.active()) {
                fundUnits.deactivate(unit.id());
            } else {
                fundUnits.reactivate(unit.id());
            }
            Notices.success("funds.saved");
            refresh();
        })));

        tree.setId("fund-unit-tree");
        tree.addHierarchyColumn(FundUnitRef::name).setHeader(getTranslation("funds.field.name")).setFlexGrow(3);
        tree.addColumn(unit -> levelName(unit.depth())).setHeader(getTranslation("funds.field.level"));
        tree.addComponentColumn(item -> new StatusBadge(item.active())).setHeader(getTranslation("funds.field.status"));
        tree.addSelectionListener(selection -> updateButtons());

        FlexLayout actions = new FlexLayout(addChild, rename, toggleActive);
        actions.addClassName("toolbar");
        add(new ViewHeader(getTranslation("funds.title")), actions, tree, levelsSection());
        refresh();
    }

    private Component levelsSection() {
        levelGrid.setId("fund-level-grid");
        levelGrid.setAllRowsVisible(true);
        levelGrid.addColumn(FundLevel::depth).setHeader(getTranslation("funds.level.depth")).setAutoWidth(true)
                .setFlexGrow(0);
        levelGrid.addColumn(FundLevel::nameVi).setHeader(getTranslation("funds.level.name-vi"));
        levelGrid.addColumn(FundLevel::nameEn).setHeader(getTranslation("funds.level.name-en"));
        boolean editable = fundUnits.canEditLevels();
        if (editable) {
            levelGrid.addItemClickListener(click -> editLevel(click.getItem()));
        }

        Button addLevel = new Button(getTranslation("funds.level.add"), VaadinIcon.PLUS.create(),
                click -> editLevel(null));
        addLevel.setId("add-fund-level");
        Button removeLevel = new Button(getTranslation("funds.level.remove-deepest"), click -> Notices.attempt(() -> {
            fundUnits.removeDeepestLevel();
            Notices.success("funds.saved");
            refresh();
        }));
        removeLevel.setId("remove-fund-level");
        removeLevel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        FlexLayout actions = new FlexLayout(addLevel, removeLevel);
        actions.addClassName("toolbar");
        actions.setVisible(editable);
        Section section = new Section(new H3(getTranslation("funds.levels.title")),
                new Span(getTranslation("funds.levels.explain")), actions, levelGrid);
        section.addClassName("levels-section");
        return section;
    }

    private String levelName(int depth) {
        FundLevel level = levelsByDepth.get(depth);
        return level == null ? String.valueOf(depth) : level.name(getLocale());
    }

    private java.util.Optional<FundUnitRef> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var unit = selected();
        addChild.setEnabled(unit.map(u -> u.active() && levelsByDepth.containsKey(u.depth() + 1)).orElse(false));
        rename.setEnabled(unit.isPresent());
        toggleActive.setEnabled(unit.isPresent());
        toggleActive.setText(getTranslation(unit.map(FundUnitRef::active).orElse(true)
                ? "funds.deactivate" : "funds.reactivate"));
    }

    private void refresh() {
        List<FundLevel> levels = fundUnits.levels();
        levelsByDepth = new HashMap<>();
        levels.forEach(level -> levelsByDepth.put(level.depth(), level));
        levelGrid.setItems(levels);

        List<FundUnitRef> units = fundUnits.subtree();
        Map<Long, FundUnitRef> byId = new HashMap<>();
        TreeData<FundUnitRef> data = new TreeData<>();
        for (FundUnitRef unit : units) {
            data.addItem(unit.parentId() == null ? null : byId.get(unit.parentId()), unit);
            byId.put(unit.id(), unit);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        if (!units.isEmpty()) {
            tree.expand(units.getFirst());
        }
        updateButtons();
    }

    private void askName(String titleKey, String current, Consumer<String> save) {
        Dialog dialog = new Dialog();
        dialog.setId("fund-unit-dialog");
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextField name = new TextField(getTranslation("funds.field.name"));
        name.setId("fund-unit-name");
        name.setValue(current);
        name.setMaxLength(200);
        name.setWidthFull();
        name.setRequired(true);
        dialog.add(name);
        Button ok = new Button(getTranslation("action.save"), click -> {
            try {
                save.accept(name.getValue());
                dialog.close();
                Notices.success("funds.saved");
                refresh();
            } catch (UserFacingException problem) {
                name.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                name.setInvalid(true);
            }
        });
        ok.setId("save-fund-unit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void editLevel(FundLevel level) {
        Dialog dialog = new Dialog();
        dialog.setId("fund-level-dialog");
        dialog.setHeaderTitle(getTranslation(level == null ? "funds.level.add" : "funds.level.rename"));
        TextField vietnamese = new TextField(getTranslation("funds.level.name-vi"));
        vietnamese.setId("fund-level-name-vi");
        TextField english = new TextField(getTranslation("funds.level.name-en"));
        english.setId("fund-level-name-en");
        if (level != null) {
            vietnamese.setValue(level.nameVi());
            english.setValue(level.nameEn());
        }
        dialog.add(vietnamese, english);
        Button ok = new Button(getTranslation("action.save"), click -> {
            try {
                LevelNames names = new LevelNames(vietnamese.getValue(), english.getValue());
                if (level == null) {
                    fundUnits.addLevel(names);
                } else {
                    fundUnits.renameLevel(level.depth(), names);
                }
                dialog.close();
                Notices.success("funds.saved");
                refresh();
            } catch (UserFacingException problem) {
                english.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                english.setInvalid(true);
            }
        });
        ok.setId("save-fund-level");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.title");
    }
}
