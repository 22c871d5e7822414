package org.chungtay.payments.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.provider.DataProvider;

import org.chungtay.donors.DonorSummary;
import org.chungtay.payments.ReceiptService;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;

/**
 * Which donor and which period a combined statement covers: by default this year so far. Never calls a
 * service; hands over a {@link StatementRequest} when every field is valid.
 */
class DonorStatementForm extends Composite<Div> {

    final ComboBox<DonorSummary> donor = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    DonorStatementForm(DataProvider<DonorSummary, String> donors) {
        getContent().setId("statement-form");
        from = DatePickers.create("statement-from", "payments.statement.from");
        to = DatePickers.create("statement-to", "payments.statement.to");
        donor.setId("statement-donor");
        donor.setLabel(getTranslation("payments.statement.donor"));
        donor.setItems(donors);
        donor.setItemLabelGenerator(d -> d.taxCode() == null ? d.name() : d.name() + " · " + d.taxCode());
        donor.setRequiredIndicatorVisible(true);
        LocalDate today = VietnamTime.today();
        String future = getTranslation("receipts.error.statement-period", ReceiptService.STATEMENT_YEARS);
        from.setMax(today);
        to.setMax(today);
        from.setI18n(from.getI18n().setMaxErrorMessage(future));
        to.setI18n(to.getI18n().setMaxErrorMessage(future));
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);

        binder.forField(donor).asRequired(getTranslation("payments.error.statement-donor"))
                .bind(d -> d.donor, (d, value) -> d.donor = value);
        binder.forField(from).asRequired(getTranslation("receipts.error.statement-period", ReceiptService.STATEMENT_YEARS))
                .bind(d -> d.from, (d, value) -> d.from = value);
        binder.forField(to).asRequired(getTranslation("receipts.error.statement-period", ReceiptService.STATEMENT_YEARS))
                .withValidator((value, context) -> period(from.getValue(), value))
                .bind(d -> d.to, (d, value) -> d.to = value);
        from.addValueChangeListener(change -> binder.validate());
        binder.readBean(draft);

        FormLayout fields = new FormLayout(donor, from, to);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        fields.setColspan(donor, 2);
        getContent().add(fields);
    }

    private ValidationResult period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return ValidationResult.ok();
        }
        if (start.isAfter(end) || start.plusYears(ReceiptService.STATEMENT_YEARS).isBefore(end)) {
            return ValidationResult.error(getTranslation("receipts.error.statement-period",
                    ReceiptService.STATEMENT_YEARS));
        }
        return ValidationResult.ok();
    }

    void submit(Consumer<StatementRequest> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new StatementRequest(draft.donor.id(), draft.from, draft.to));
        }
    }

    /** A refused period is shown on the end date; anything else as a message. */
    boolean showProblem(UserFacingException problem) {
        if (!problem.messageKey().equals("receipts.error.statement-period")) {
            return false;
        }
        to.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        to.setInvalid(true);
        return true;
    }

    record StatementRequest(long donorId, LocalDate from, LocalDate to) {
    }

    private static final class Draft {
        private DonorSummary donor;
        private LocalDate from = VietnamTime.today().withDayOfYear(1);
        private LocalDate to = VietnamTime.today();
    }
}
