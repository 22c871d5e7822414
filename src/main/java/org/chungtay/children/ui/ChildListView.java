package org.chungtay.children.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.children.ChildEntry;
import org.chungtay.children.ChildService;
import org.chungtay.children.ChildSummary;
import org.chungtay.children.ChildrenNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/** The caseworkers' register of children in special circumstances, searched by code or name, a page at a time. */
@Route(ChildrenNavigation.CHILDREN)
@Menu(order = 40, title = "children.menu", icon = "vaadin:child")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER})
class ChildListView extends Main implements HasDynamicTitle {

    private final transient ChildService children;
    private final TextField search = new TextField();
    private final Grid<ChildSummary> grid = new Grid<>();

    ChildListView(ChildService children) {
        this.children = children;
        setId("child-list-view");
        addClassName("list-view");
        search.setId("child-search");
        search.setPlaceholder(getTranslation("children.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.setId("child-grid");
        grid.addColumn(ChildSummary::code).setHeader(getTranslation("children.field.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ChildSummary::fullName).setHeader(getTranslation("children.field.full-name")).setFlexGrow(2);
        grid.addColumn(child -> Formats.date(this, child.birthDate()))
                .setHeader(getTranslation("children.field.birth-date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChildSummary::communeName).setHeader(getTranslation("children.field.commune"));
        grid.addColumn(child -> getTranslation(child.category().labelKey()))
                .setHeader(getTranslation("children.field.category")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("children.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ChildrenNavigation.child(click.getItem().id()))));

        Button register = new Button(getTranslation("children.action.register"), VaadinIcon.PLUS.create(),
                click -> register());
        register.setId("child-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("children.list.title"), register), search, grid);
        refresh();
    }

    private void register() {
        ChildForm form = new ChildForm(children.communes(), null);
        new FormDialog<ChildEntry>("child", getTranslation("children.action.register"), form, form::submit,
                form::showProblem, entry -> {
                    var child = children.register(entry);
                    Notices.success("children.registered", child.code());
                    getUI().ifPresent(ui -> ui.navigate(ChildrenNavigation.child(child.id())));
                }).open();
    }

    /** Lazy: the grid asks for the count and the pages it shows, each one query in the database. */
    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> children.search(text, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, children.count(text)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("children.list.title");
    }
}
