package org.chungtay.ledger.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.Pool;
import org.chungtay.ledger.Purpose;
import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.AmountConverter;
import org.chungtay.shared.ui.FieldProblems;

/**
 * A disbursement as an accountant enters it: what for, the target (a project's budget line, a sponsored child or a
 * support case, as their modules list them; none for the general fund), the pool to pay from among the ones that
 * may (each with its available money), the amount, the day paid and the documents. It never calls a service: the
 * view hands it the targets and pools to offer ({@link Choices}); Save checks every field at once with a
 * {@link Binder} and fires a {@link SaveEvent}. The service checks everything again, the pool's money under lock.
 */
class DisbursementForm extends Composite<Div> {

    /** What the form may offer, told by the view (which asks the service). */
    interface Choices {
        List<DisbursementTarget> targets(Purpose purpose);

        List<Pool> pools(Purpose purpose, Long targetId);
    }

    final Select<Purpose> purpose = new Select<>();
    final ComboBox<DisbursementTarget> target = new ComboBox<>();
    final Select<Pool> pool = new Select<>();
    final TextField amount = new TextField();
    final DatePicker paidOn = new DatePicker();
    final TextField description = new TextField();
    final Span documentsLabel = new Span();

    private final Choices choices;
    private final LocalDate today;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final List<ScannedDocument> documents = new ArrayList<>();
    private final FieldProblems fieldsByProblem = new FieldProblems();

    DisbursementForm(Choices choices, LocalDate today) {
        this.choices = choices;
        this.today = today;
        getContent().setId("disbursement-form");
        configure();
        bind();
        draft.paidOn = today;
        binder.readBean(draft);
        FormLayout fields = new FormLayout(purpose, target, pool, amount, paidOn, description, documentsLabel);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        fields.setColspan(target, 2);
        fields.setColspan(pool, 2);
        fields.setColspan(description, 2);
        fields.setColspan(documentsLabel, 2);
        getContent().add(fields);
        showTarget();
    }

    private void configure() {
        purpose.setId("disbursement-purpose");
        purpose.setLabel(getTranslation("ledger.field.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        purpose.addValueChangeListener(change -> showTarget());
        target.setId("disbursement-target");
        target.setLabel(getTranslation("ledger.field.target"));
        target.setItemLabelGenerator(t -> label(t));
        target.addValueChangeListener(change -> showPools());
        pool.setId("disbursement-pool");
        pool.setLabel(getTranslation("ledger.field.pool"));
        pool.setHelperText(getTranslation("ledger.field.pool.help"));
        pool.setItemLabelGenerator(this::poolLabel);
        pool.setEmptySelectionAllowed(false);
        amount.setId("disbursement-amount");
        amount.setLabel(getTranslation("ledger.field.amount"));
        amount.setSuffixComponent(new Span("₫"));
        amount.setAllowedCharPattern("[0-9., ]");
        amount.setMaxLength(20);
        paidOn.setId("disbursement-paid-on");
        paidOn.setLabel(getTranslation("ledger.field.paid-on"));
        paidOn.setMax(today);
        description.setId("disbursement-description");
        description.setLabel(getTranslation("ledger.field.description"));
        description.setHelperText(getTranslation("ledger.field.description.help"));
        description.setMaxLength(DisbursementEntry.DESCRIPTION_LIMIT);
        documentsLabel.setId("disbursement-documents");
        documentsLabel.addClassName("disbursement-documents");
        fieldsByProblem.on(amount, "ledger.error.over-pool");
        fieldsByProblem.on(amount, "ledger.error.over-budget");
        fieldsByProblem.on(amount, "ledger.error.amount");
        fieldsByProblem.on(paidOn, "ledger.error.date");
        fieldsByProblem.on(description, "ledger.error.description");
        fieldsByProblem.on(pool, "ledger.error.pool");
        fieldsByProblem.on(target, "ledger.error.target");
        showDocuments();
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(purpose).asRequired(required).bind(d -> d.purpose, (d, v) -> d.purpose = v);
        binder.forField(target).withValidator(t -> purpose.getValue() == Purpose.GENERAL || t != null,
                        getTranslation("ledger.error.target"))
                .bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(pool).withValidator(p -> p != null, getTranslation("ledger.error.pool"))
                .bind(d -> d.pool, (d, v) -> d.pool = v);
        binder.forField(amount).asRequired(getTranslation("ledger.error.amount"))
                .withConverter(new AmountConverter(this, () -> getTranslation("ledger.error.amount")))
                .withValidator(Money::isPositive, getTranslation("ledger.error.amount"))
                .withValidator(m -> pool.getValue() == null || !m.isGreaterThan(pool.getValue().available()),
                        m -> getTranslation("ledger.error.over-pool", pool.getValue() == null ? 0
                                : Math.max(0, pool.getValue().available().amount())))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(paidOn).asRequired(getTranslation("ledger.error.date", DisbursementEntry.YEARS_BACK))
                .withValidator(day -> !day.isAfter(today) && !day.isBefore(today.minusYears(DisbursementEntry.YEARS_BACK)),
                        getTranslation("ledger.error.date", DisbursementEntry.YEARS_BACK))
                .bind(d -> d.paidOn, (d, v) -> d.paidOn = v);
        String descriptionProblem = getTranslation("ledger.error.description", DisbursementEntry.DESCRIPTION_LIMIT);
        binder.forField(description)
                .withValidator(text -> text.strip().length() <= DisbursementEntry.DESCRIPTION_LIMIT, descriptionProblem)
                .withValidator(text -> purpose.getValue() != Purpose.GENERAL || !text.isBlank(), descriptionProblem)
                .bind(d -> d.description, (d, v) -> d.description = v);
    }

    /** The target is asked for except for the general fund's own work; its targets and pools follow the purpose. */
    private void showTarget() {
        Purpose chosen = purpose.getValue();
        target.setVisible(chosen != null && chosen != Purpose.GENERAL);
        target.clear();
        target.setItems(chosen == null || chosen == Purpose.GENERAL ? List.of() : choices.targets(chosen));
        description.setRequiredIndicatorVisible(chosen == Purpose.GENERAL);
        showPools();
    }

    private void showPools() {
        Purpose chosen = purpose.getValue();
        List<Pool> offered = chosen == null || (chosen != Purpose.GENERAL && target.getValue() == null) ? List.of()
                : choices.pools(chosen, target.getValue() == null ? null : target.getValue().id());
        pool.setItems(offered);
        if (!offered.isEmpty()) {
            pool.setValue(offered.getFirst());
        }
    }

    private String label(DisbursementTarget t) {
        return "vi".equals(getLocale().getLanguage()) ? t.labelVi() : t.labelEn();
    }

    private String poolLabel(Pool p) {
        String what = switch (p.kind()) {
            case PROGRAMME -> getTranslation(p.kind().labelKey()) + ": " + getTranslation(p.programme().labelKey());
            default -> getTranslation(p.kind().labelKey());
        };
        return what + " — " + p.fundUnitName() + " — "
                + getTranslation("ledger.pool.available", p.available().format(getLocale()));
    }

    /** Adds a document the upload received, already checked ({@link ScannedDocument#of}). */
    void addDocument(ScannedDocument document) {
        if (documents.size() >= DisbursementEntry.DOCUMENTS_LIMIT) {
            throw new UserFacingException("ledger.error.documents", DisbursementEntry.DOCUMENTS_LIMIT);
        }
        documents.add(document);
        showDocuments();
    }

    private void showDocuments() {
        documentsLabel.setText(documents.isEmpty() ? getTranslation("ledger.documents.none")
                : getTranslation("ledger.documents.count", documents.size()) + ": "
                        + String.join(", ", documents.stream().map(ScannedDocument::fileName).toList()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Checks every field at once, marking each one that is wrong; when all are right, fires a {@link SaveEvent}. */
    void save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, new DisbursementEntry(draft.purpose,
                    draft.target == null ? null : draft.target.id(), draft.pool.id(), draft.amount, draft.paidOn,
                    draft.description.strip(), documents)));
        }
    }

    /** Marks the field the service refused; false when the problem belongs to none (the caller shows it). */
    boolean showProblem(UserFacingException problem) {
        return fieldsByProblem.show(this, problem);
    }

    /** The accountant saved, and every field was valid. */
    static final class SaveEvent extends ComponentEvent<DisbursementForm> {

        private final transient DisbursementEntry entry;

        SaveEvent(DisbursementForm form, DisbursementEntry entry) {
            super(form, false);
            this.entry = entry;
        }

        DisbursementEntry entry() {
            return entry;
        }
    }

    private static final class Draft {
        private Purpose purpose;
        private DisbursementTarget target;
        private Pool pool;
        private Money amount;
        private LocalDate paidOn;
        private String description = "";
    }
}
