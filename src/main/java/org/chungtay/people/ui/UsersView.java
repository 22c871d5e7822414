package org.chungtay.people.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.funds.FundUnitService;
import org.chungtay.people.IssuedPassword;
import org.chungtay.people.StaffSummary;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.StatusBadge;
import org.chungtay.shared.ui.ViewHeader;

/** Staff accounts of the administrator's subtree: open, edit, deactivate, reset a password. */
@Route("admin/users")
@Menu(order = 91, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    private final transient StaffUserService users;
    private final transient FundUnitService fundUnits;
    private final Grid<StaffSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<StaffSummary> all = List.of();

    UsersView(StaffUserService users, FundUnitService fundUnits) {
        this.users = users;
        this.fundUnits = fundUnits;
        setId("users-view");
        addClassName("list-view");

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffSummary::fullName).setHeader(getTranslation("users.field.full-name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(StaffSummary::username).setHeader(getTranslation("users.field.username")).setSortable(true);
        grid.addColumn(s -> getTranslation(s.role().labelKey())).setHeader(getTranslation("users.field.role"));
        grid.addColumn(StaffSummary::fundUnitName).setHeader(getTranslation("users.field.fund-unit")).setFlexGrow(2);
        grid.addComponentColumn(item -> new StatusBadge(item.active())).setHeader(getTranslation("users.field.status"));
        grid.addItemClickListener(click -> openEditor(click.getItem()));
        grid.setEmptyStateText(getTranslation("users.empty"));

        add(new ViewHeader(getTranslation("users.title"), filter, add), grid);
        refresh();
    }

    private void refresh() {
        all = users.listInScope();
        applyFilter();
    }

    private void applyFilter() {
        String term = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(u -> term.isEmpty()
                || (u.fullName() + " " + u.username() + " " + u.email()).toLowerCase(Locale.ROOT).contains(term))
                .toList());
    }

    private void openEditor(StaffSummary existing) {
        Dialog dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        UserForm form = new UserForm(fundUnits.subtree(), existing);
        dialog.add(form);

        Button save = new Button(getTranslation("action.save"), click -> form.submit(submitted -> Notices.attempt(() -> {
            if (existing == null) {
                IssuedPassword issued = users.create(submitted.username(), submitted.details());
                dialog.close();
                showTemporaryPassword(issued);
            } else {
                users.update(existing.id(), submitted.details());
                dialog.close();
                Notices.success("users.saved");
            }
            refresh();
        })));
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("cancel-user");
        dialog.getFooter().add(cancel);
        if (existing != null) {
            Button reset = new Button(getTranslation("users.reset-password"), click -> Notices.attempt(() -> {
                IssuedPassword issued = users.resetPassword(existing.id());
                dialog.close();
                showTemporaryPassword(issued);
            }));
            reset.setId("reset-password");
            Button toggle = new Button(getTranslation(existing.active() ? "users.deactivate" : "users.reactivate"),
                    click -> Notices.attempt(() -> {
                        if (existing.active()) {
                            users.deactivate(existing.id());
                        } else {
                            users.reactivate(existing.id());
                        }
                        dialog.close();
                        Notices.success("users.saved");
                        refresh();
                    }));
            toggle.setId("toggle-user-active");
            if (existing.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            reset.addClassName("footer-start");
            dialog.getFooter().add(reset, toggle);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void showTemporaryPassword(IssuedPassword issued) {
        Dialog dialog = new Dialog();
        dialog.setId("temporary-password-dialog");
        dialog.setHeaderTitle(getTranslation("users.temporary-password.title"));
        TextField password = new TextField(getTranslation("users.temporary-password.label"));
        password.setId("temporary-password");
        password.setValue(issued.password());
        password.setReadOnly(true);
        password.setWidthFull();
        dialog.add(new Paragraph(getTranslation("users.temporary-password.explain", issued.username())), password);
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.setId("close-temporary-password");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
