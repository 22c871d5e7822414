package org.chungtay.projects.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.funds.FundUnitService;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectFilter;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.projects.ProjectSummary;
import org.chungtay.projects.ProjectsNavigation;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/** The "For Children" projects of the caller's subtree, newest first, filtered by programme, status and title, paged. */
@Route(ProjectsNavigation.STAFF_LIST)
@Menu(order = 25, title = "menu.projects", icon = "vaadin:child")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class ProjectListView extends Main implements HasDynamicTitle {

    private final transient ProjectService projects;
    private final Select<Programme> programme = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Grid<ProjectSummary> grid = new Grid<>();

    ProjectListView(ProjectService projects, FundUnitService fundUnits, AuthenticationContext authentication) {
        this.projects = projects;
        setId("project-list-view");
        addClassName("list-view");

        programme.setId("project-filter-programme");
        programme.setAriaLabel(getTranslation("projects.filter.programme"));
        programme.setItems(Programme.values());
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("projects.filter.any-programme"));
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("projects.filter.any-programme")
                : getTranslation(p.labelKey()));
        status.setId("project-filter-status");
        status.setAriaLabel(getTranslation("projects.filter.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("projects.filter.any-status"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("projects.filter.any-status")
                : getTranslation(s.labelKey()));
        search.setId("project-filter-search");
        search.setPlaceholder(getTranslation("projects.filter.search"));
        search.setAriaLabel(getTranslation("projects.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        programme.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> p.title(getLocale())).setHeader(getTranslation("projects.column.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.programme().labelKey())).setHeader(getTranslation("projects.column.programme"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("projects.column.status"));
        grid.addColumn(p -> p.target().format(getLocale())).setHeader(getTranslation("projects.column.target"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ProjectsNavigation.staffDetails(click.getItem().id()))));

        Button create = new Button(getTranslation("projects.action.create"), VaadinIcon.PLUS.create(), click -> {
            ProjectForm form = new ProjectForm(fundUnits.subtree(), null, ProjectStatus.PROPOSED);
            new FormDialog<ProjectDraft>("project", getTranslation("projects.create"), form, form::submit,
                    form::showOnField, draft -> {
                        ProjectDetails created = projects.create(draft);
                        Notices.success("projects.saved");
                        getUI().ifPresent(ui -> ui.navigate(ProjectsNavigation.staffDetails(created.id())));
                    }).open();
        });
        create.setId("project-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF));

        FlexLayout filters = new FlexLayout(programme, status, search);
        filters.addClassName("toolbar");
        add(new ViewHeader(getTranslation("projects.list.title"), create), filters, grid);
        refresh();
    }

    /** Lazy: the grid asks for the count and for the pages it shows, each one query in the database. */
    private void refresh() {
        ProjectFilter filter = new ProjectFilter(programme.getValue(), status.getValue(), search.getValue());
        grid.setItems(query -> projects.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, projects.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.list.title");
    }
}
