package org.chungtay.communications.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.MailSuppressions;
import org.chungtay.communications.MailSuppressions.Suppression;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The suppression list: addresses that get no appeals or progress news (mail to them came back for good, or
 * their owner complained), paged in the database and searched by a part of the address. Staff record an address
 * and lift one; both are audited. Reached from the failing mail and delivery pages, not from the menu.
 */
@Route(CommunicationsNavigation.SUPPRESSIONS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class SuppressionsView extends Main implements HasDynamicTitle {

    private final transient MailSuppressions suppressions;
    private final Grid<Suppression> grid = new Grid<>();
    private final TextField search = new TextField();

    SuppressionsView(MailSuppressions suppressions) {
        this.suppressions = suppressions;
        setId("suppressions-view");
        addClassName("list-view");

        RouterLink back = new RouterLink(getTranslation("suppressions.back"), FailingMailView.class);
        back.setId("suppressions-back");
        Button add = new Button(getTranslation("suppressions.add"), VaadinIcon.PLUS.create(), click -> openAdd());
        add.setId("suppressions-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setId("suppressions-search");
        search.setPlaceholder(getTranslation("suppressions.search"));
        search.setAriaLabel(getTranslation("suppressions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.setId("suppressions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Suppression::address).setHeader(getTranslation("suppressions.address")).setFlexGrow(3);
        grid.addColumn(entry -> getTranslation(entry.reason().labelKey()))
                .setHeader(getTranslation("suppressions.reason")).setFlexGrow(1);
        grid.addColumn(entry -> getTranslation(entry.source().labelKey()))
                .setHeader(getTranslation("suppressions.source")).setFlexGrow(1);
        grid.addColumn(entry -> Formats.dateTime(this, entry.suppressedAt()))
                .setHeader(getTranslation("suppressions.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Suppression::suppressedBy).setHeader(getTranslation("suppressions.by")).setFlexGrow(1);
        grid.addColumn(entry -> entry.note() == null ? Formats.NOTHING : entry.note())
                .setHeader(getTranslation("suppressions.note")).setFlexGrow(2);
        grid.addComponentColumn(this::lift).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("suppressions.empty"));

        add(back, new ViewHeader(getTranslation("suppressions.title"), add),
                new Paragraph(getTranslation("suppressions.intro")), search, grid);
        refresh();
    }

    private void openAdd() {
        SuppressionForm form = new SuppressionForm();
        new FormDialog<SuppressionForm.Entry>("suppression", getTranslation("suppressions.add"), form, form::submit,
                form::showProblem, entry -> {
                    suppressions.suppress(entry.address(), entry.reason(), entry.note());
                    Notices.success("suppressions.added", entry.address().value());
                    refresh();
                }).open();
    }

    private Component lift(Suppression entry) {
        Button lift = new Button(getTranslation("suppressions.lift"), click -> Notices.attempt(() -> {
            suppressions.lift(entry.id());
            Notices.success("suppressions.lifted", entry.address());
            refresh();
        }));
        lift.setId("suppressions-lift-" + entry.id());
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return lift;
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> suppressions.page(text, query.getOffset(), query.getLimit()).stream(),
                query -> (int) suppressions.count(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suppressions.title");
    }
}
