package org.chungtay.payments.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.shared.Registration;

import org.chungtay.payments.StatementPresetService;
import org.chungtay.payments.statements.StatementColumn;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementSample;
import org.chungtay.shared.UserFacingException;

/**
 * Which of a file's columns hold what a statement line needs, for a bank's export that no layout reads:
 * the file's header row and first rows, and for each column of a {@link StatementLayout} a choice among the
 * file's headers. Date, money in and note are required. Money in is the credit column when a debit column
 * is chosen too, otherwise one signed amount (negative for money out). A name is needed only to save the
 * layout as the fund's own.
 *
 * <p>It validates everything at once and fires a {@link SaveEvent} with the layout, to be saved as a
 * preset or used once; it calls no service.
 */
class StatementLayoutForm extends Composite<Div> {

    /** How many rows of the file are shown under its header. */
    static final int SAMPLE_ROWS = 5;

    final Grid<SampleRow> sample = new Grid<>();
    final ComboBox<String> date;
    final ComboBox<String> moneyIn;
    final ComboBox<String> debit;
    final ComboBox<String> note;
    final ComboBox<String> counterpartyName;
    final ComboBox<String> counterpartyAccount;
    final ComboBox<String> bankReference;
    final ComboBox<String> balance;
    final TextField name = new TextField();
    private final List<String> headers;
    private final Binder<Draft> binder = new Binder<>();
    private final List<Binder.Binding<Draft, String>> headerBindings = new ArrayList<>();
    private final Draft draft = new Draft();
    private boolean asPreset;

    /** @param unitName the unit a saved layout is saved for */
    StatementLayoutForm(StatementSample file, String unitName) {
        getContent().setId("statement-mapping-form");
        getContent().addClassName("statement-mapping-form");
        headers = file.headers().stream()
                .filter(header -> !header.isBlank() && header.length() <= StatementLayout.HEADER_LIMIT)
                .distinct().toList();
        date = header("date", StatementColumn.DATE.labelKey(), true);
        moneyIn = header("money-in", "statements.mapping.money-in", true);
        moneyIn.setHelperText(getTranslation("statements.mapping.money-in.help"));
        debit = header("debit", StatementColumn.DEBIT.labelKey(), false);
        note = header("note", StatementColumn.NOTE.labelKey(), true);
        counterpartyName = header("counterparty-name", StatementColumn.COUNTERPARTY_NAME.labelKey(), false);
        counterpartyAccount = header("counterparty-account", StatementColumn.COUNTERPARTY_ACCOUNT.labelKey(), false);
        bankReference = header("bank-reference", StatementColumn.BANK_REFERENCE.labelKey(), false);
        balance = header("balance", StatementColumn.BALANCE.labelKey(), false);
        name.setId("statement-mapping-name");
        name.setLabel(getTranslation("statements.mapping.name"));
        name.setHelperText(getTranslation("statements.mapping.name.help", unitName));
        name.setMaxLength(StatementPresetService.NAME_LIMIT);
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(nameProblem()));
        binder.forField(name).withValidator(this::checkName).bind(d -> d.name, (d, value) -> d.name = value);
        binder.readBean(draft);
        configureSample(file);

        Paragraph intro = new Paragraph(getTranslation(file.headers().isEmpty() ? "statements.mapping.no-header"
                : "statements.mapping.intro", SAMPLE_ROWS));
        intro.setId("statement-mapping-intro");
        intro.addClassName("statement-mapping-intro");
        FormLayout fields = new FormLayout(date, moneyIn, debit, note, counterpartyName, counterpartyAccount,
                bankReference, balance, name);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        fields.setColspan(name, 2);
        getContent().add(intro, sample, fields);
    }

    /** A choice among the file's headers, that no other column has chosen. */
    private ComboBox<String> header(String role, String labelKey, boolean required) {
        ComboBox<String> field = new ComboBox<>();
        field.setId("statement-mapping-" + role);
        field.setLabel(getTranslation(labelKey));
        field.setItems(headers);
        field.setClearButtonVisible(true);
        field.setRequiredIndicatorVisible(required);
        Binder.BindingBuilder<Draft, String> binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("statements.mapping.error.required"));
        }
        headerBindings.add(binding
                .withValidator((chosen, context) -> chosen == null || !chosenElsewhere(field, chosen) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("statements.mapping.error.same-header", chosen)))
                .bind(d -> d.headers.get(role), (d, chosen) -> d.headers.put(role, chosen)));
        field.addValueChangeListener(change -> headerBindings.stream()
                .filter(other -> other.getField() != field && ((HasValidation) other.getField()).isInvalid())
                .forEach(Binder.Binding::validate));
        return field;
    }

    private boolean chosenElsewhere(ComboBox<String> field, String chosen) {
        return headerBindings.stream().map(Binder.Binding::getField)
                .anyMatch(other -> other != field && chosen.equals(other.getValue()));
    }

    private ValidationResult checkName(String typed, ValueContext context) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.length() > StatementPresetService.NAME_LIMIT || asPreset && stripped.isEmpty()) {
            return ValidationResult.error(nameProblem());
        }
        return ValidationResult.ok();
    }

    private String nameProblem() {
        return getTranslation("statements.mapping.error.name", StatementPresetService.NAME_LIMIT);
    }

    /** The header row and the first rows as written, each column headed by its header or its letter. */
    private void configureSample(StatementSample file) {
        sample.setId("statement-mapping-sample");
        sample.addClassName("statement-mapping-sample");
        sample.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
        List<SampleRow> rows = IntStream.range(0, Math.min(SAMPLE_ROWS, file.rows().size()))
                .mapToObj(i -> new SampleRow(file.rowLineNumbers().get(i), file.rows().get(i))).toList();
        int width = Math.max(file.headers().size(), rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0));
        sample.addColumn(SampleRow::lineNumber).setHeader(getTranslation("statements.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < width; i++) {
            int column = i;
            String header = column < file.headers().size() ? file.headers().get(column) : "";
            sample.addColumn(row -> column < row.cells().size() ? row.cells().get(column) : "")
                    .setHeader(header.isBlank() ? letter(column) : header).setAutoWidth(true).setResizable(true);
        }
        sample.setItems(rows);
        sample.setAllRowsVisible(true);
    }

    /** A spreadsheet's name for a column: A to Z, then AA. */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Hands the layout over to be saved as the fund's own when every field is valid, with its name. */
    void saveAsPreset() {
        submit(true);
    }

    /** Hands the layout over to read this one file when every field is valid; the name may stay empty. */
    void useOnce() {
        submit(false);
    }

    private void submit(boolean preset) {
        asPreset = preset;
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, layout(), preset));
        }
    }

    private StatementLayout layout() {
        Map<StatementColumn, List<String>> names = new EnumMap<>(StatementColumn.class);
        boolean debitColumn = draft.headers.get("debit") != null;
        put(names, StatementColumn.DATE, "date");
        put(names, debitColumn ? StatementColumn.CREDIT : StatementColumn.AMOUNT, "money-in");
        put(names, StatementColumn.DEBIT, "debit");
        put(names, StatementColumn.NOTE, "note");
        put(names, StatementColumn.COUNTERPARTY_NAME, "counterparty-name");
        put(names, StatementColumn.COUNTERPARTY_ACCOUNT, "counterparty-account");
        put(names, StatementColumn.BANK_REFERENCE, "bank-reference");
        put(names, StatementColumn.BALANCE, "balance");
        String typed = draft.name == null ? "" : draft.name.strip();
        return StatementLayout.of(typed.isEmpty() ? getTranslation("statements.mapping.once-name") : typed, names);
    }

    private void put(Map<StatementColumn, List<String>> names, StatementColumn column, String role) {
        String header = draft.headers.get(role);
        if (header != null) {
            names.put(column, List.of(header));
        }
    }

    /**
     * Shows a name the service refused next to the name.
     *
     * @return false when the problem belongs to no field; the caller shows it otherwise
     */
    boolean showProblem(UserFacingException problem) {
        if (!problem.messageKey().startsWith("statements.mapping.error.name")) {
            return false;
        }
        name.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        name.setInvalid(true);
        return true;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A complete layout, to be saved as the fund's own preset and used, or only used for this file. */
    static final class SaveEvent extends ComponentEvent<StatementLayoutForm> {

        private final transient StatementLayout layout;
        private final boolean asPreset;

        SaveEvent(StatementLayoutForm source, StatementLayout layout, boolean asPreset) {
            super(source, false);
            this.layout = layout;
            this.asPreset = asPreset;
        }

        StatementLayout layout() {
            return layout;
        }

        boolean asPreset() {
            return asPreset;
        }
    }

    /** A row of the file as shown, with its line number. */
    record SampleRow(int lineNumber, List<String> cells) {
    }

    private static final class Draft {
        private final Map<String, String> headers = new HashMap<>();
        private String name = "";
    }
}
