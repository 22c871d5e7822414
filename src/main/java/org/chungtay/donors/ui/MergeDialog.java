package org.chungtay.donors.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.chungtay.donors.DonorProfile;
import org.chungtay.donors.DonorQuery;
import org.chungtay.donors.DonorRef;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorSummary;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.shared.ui.Notices;

/**
 * Merges a duplicate into one record. Staff find the other record (only records of the same type
 * are offered), choose which one survives, whether empty fields are filled from the other, and
 * confirm explicitly, because a merge is not undone. Organisations with different tax codes are
 * different taxpayers and are refused here already.
 */
class MergeDialog extends Dialog {

    private static final int CANDIDATES = 20;

    private final transient DonorService donors;
    private final DonorProfile current;
    private final Grid<DonorSummary> candidates = new Grid<>();
    private final RadioButtonGroup<Boolean> keepThis = new RadioButtonGroup<>();
    private final Checkbox fillEmpty = new Checkbox();
    private final Checkbox understood = new Checkbox();
    private final Span problem = new Span();
    private final Button confirm = new Button();

    MergeDialog(DonorService donors, DonorProfile current, Consumer<DonorRef> merged) {
        this.donors = donors;
        this.current = current;
        setId("donor-merge-dialog");
        setWidth("48rem");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation("donors.merge.title"));

        TextField search = new TextField();
        search.setId("donor-merge-search");
        search.setLabel(getTranslation("donors.merge.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> find(change.getValue()));

        candidates.setId("donor-merge-grid");
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.setAllRowsVisible(true);
        candidates.addColumn(DonorSummary::name).setHeader(getTranslation("donors.column.donor")).setFlexGrow(2);
        candidates.addColumn(c -> c.taxCode() != null ? c.taxCode() : c.email())
                .setHeader(getTranslation("donors.column.key"));
        candidates.addColumn(DonorSummary::fundUnitName).setHeader(getTranslation("donors.column.fund-unit"));
        candidates.setEmptyStateText(getTranslation("donors.merge.pick"));
        candidates.asSingleSelect().addValueChangeListener(change -> update());

        keepThis.setId("donor-merge-survivor");
        keepThis.setLabel(getTranslation("donors.merge.keep"));
        keepThis.setItems(Boolean.TRUE, Boolean.FALSE);
        keepThis.setValue(Boolean.TRUE);
        keepThis.setItemLabelGenerator(keep -> keep ? getTranslation("donors.merge.keep-this",
                current.ref().displayName()) : getTranslation("donors.merge.keep-other", other() == null ? ""
                        : other().name()));
        fillEmpty.setId("donor-merge-fill-empty");
        fillEmpty.setLabel(getTranslation("donors.merge.fill-empty"));
        understood.setId("donor-merge-understood");
        understood.setLabel(getTranslation("donors.merge.understood"));
        understood.addValueChangeListener(change -> update());
        problem.setId("donor-merge-problem");
        problem.addClassName("donor-merge-problem");

        confirm.setText(getTranslation("donors.merge.confirm"));
        confirm.setId("donor-merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> Notices.attempt(() -> {
            DonorSummary other = other();
            boolean keepCurrent = keepThis.getValue();
            DonorRef survivor = donors.merge(keepCurrent ? current.ref().id() : other.id(),
                    keepCurrent ? other.id() : current.ref().id(), fillEmpty.getValue());
            close();
            Notices.success("donors.merge.done");
            merged.accept(survivor);
        }));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("donor-merge-cancel");

        add(new Paragraph(getTranslation("donors.merge.explain")), search, candidates, keepThis, fillEmpty, problem,
                understood);
        getFooter().add(cancel, confirm);
        update();
    }

    private void find(String text) {
        List<DonorSummary> found = text.isBlank() ? List.of()
                : donors.search(new DonorQuery(text, current.ref().type()), 0, CANDIDATES + 1).stream()
                        .filter(candidate -> candidate.id() != current.ref().id())
                        .limit(CANDIDATES)
                        .toList();
        candidates.setItems(found);
    }

    private DonorSummary other() {
        return candidates.asSingleSelect().getValue();
    }

    private void update() {
        DonorSummary other = other();
        String currentTaxCode = current.details() instanceof OrganisationDetails organisation
                && organisation.taxCode() != null ? organisation.taxCode().value() : null;
        boolean differentTaxCodes = other != null && currentTaxCode != null && other.taxCode() != null
                && !Objects.equals(currentTaxCode, other.taxCode());
        problem.setText(differentTaxCodes ? getTranslation("donors.error.merge-tax-codes", currentTaxCode,
                other.taxCode()) : "");
        keepThis.setEnabled(other != null);
        keepThis.getDataProvider().refreshAll();
        confirm.setEnabled(other != null && !differentTaxCodes && understood.getValue());
    }
}
