package org.chungtay.funds.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsRefused;
import org.chungtay.funds.QuietHours;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.shared.Money;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.AmountConverter;
import org.chungtay.shared.ui.FieldProblems;

/**
 * A fund unit's receipt and bank settings as a fund manager edits them, each field with a line on what it
 * does. It never calls a service: Save checks every field at once with a {@link Binder}, marks each one that
 * is wrong, and when all are right fires a {@link SaveEvent} with the {@link FundUnitSettingsEntry}; the view
 * saves it. The limits are those of {@link FundUnitSettingsEntry}, which the service checks again.
 */
class FundSettingsForm extends Composite<Div> {

    /** Times of day on a 24-hour clock, as in Vietnam, whatever the page's language (English would show 9:00 PM). */
    private static final Locale VIETNAMESE_CLOCK = Locale.of("vi", "VN");

    /** Amounts as people type them, "1.000.000 ₫" with separators and the sign. */
    private static final int FEE_TYPED_LIMIT = 15;

    final TextField code = new TextField();
    final Span sample = new Span();
    final Span sampleNumber = new Span();
    private final Span sampleLabel = new Span();
    final TextField receiptName = new TextField();
    final TextField address = new TextField();
    final TextField taxCode = new TextField();
    final TextField signatoryName = new TextField();
    final TextField signatoryTitle = new TextField();
    final RadioButtonGroup<ReceiptPaper> paper = new RadioButtonGroup<>();
    final Checkbox receiptsOnRecording = new Checkbox();
    final TextField feeTolerance = new TextField();
    final TextField approvalThreshold = new TextField();
    final IntegerField thankYouDelay = new IntegerField();
    final Checkbox quietHoursOn = new Checkbox();
    final TimePicker quietHoursStart = new TimePicker();
    final TimePicker quietHoursEnd = new TimePicker();
    final Button save = new Button();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Long version;
    private final FieldProblems fieldsByProblem = new FieldProblems();

    /**
     * @param unit     the unit whose settings these are
     * @param existing its settings as they are, or null when it has none yet (the defaults are shown)
     */
    FundSettingsForm(FundUnitRef unit, FundUnitSettings existing) {
        getContent().setId("fund-settings-form");
        getContent().addClassName("fund-settings-form");
        this.version = existing == null ? null : existing.version();
        configure(unit);
        bind();
        if (existing != null) {
            draft.code = existing.code();
            draft.receiptName = existing.receiptName();
            draft.address = existing.address();
            draft.taxCode = existing.taxCode() == null ? "" : existing.taxCode().value();
            draft.signatoryName = existing.signatoryName();
            draft.signatoryTitle = existing.signatoryTitle();
            draft.paper = existing.paper();
            draft.receiptsOnRecording = existing.receiptsOnRecording();
            draft.feeTolerance = existing.feeTolerance();
            draft.approvalThreshold = existing.approvalThreshold();
            draft.thankYouDelay = existing.thankYou().delayMinutes();
            draft.quietHoursOn = existing.thankYou().quietHours() != null;
            if (draft.quietHoursOn) {
                draft.quietHoursStart = existing.thankYou().quietHours().start();
                draft.quietHoursEnd = existing.thankYou().quietHours().end();
            }
        } else {
            draft.receiptName = unit.name();
        }
        binder.readBean(draft);
        showSample();
        showQuietHours();

        H4 receipts = new H4(getTranslation("funds.settings.section.receipts"));
        H4 bank = new H4(getTranslation("funds.settings.section.bank"));
        H4 thankYou = new H4(getTranslation("funds.settings.section.thank-you"));
        H4 money = new H4(getTranslation("funds.settings.section.money-out"));
        FormLayout fields = new FormLayout(receipts, code, sample, receiptName, address, signatoryName, signatoryTitle,
                taxCode, paper, receiptsOnRecording, bank, feeTolerance, thankYou, thankYouDelay, quietHoursOn,
                quietHoursStart, quietHoursEnd, money, approvalThreshold);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        List.of(receipts, receiptName, address, receiptsOnRecording, bank, thankYou, quietHoursOn, money)
                .forEach(wide -> fields.setColspan(wide, 2));
        save.setText(getTranslation("action.save"));
        save.setId("fund-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getContent().add(fields, save);
    }

    private void configure(FundUnitRef unit) {
        code.setId("fund-settings-code");
        code.setLabel(getTranslation("funds.settings.field.code"));
        code.setHelperText(getTranslation("funds.settings.field.code.help"));
        code.addClassName("unit-code");
        code.setAllowedCharPattern(FundUnitSettingsEntry.CODE_CHARACTERS);
        code.setMinLength(FundUnitSettingsEntry.CODE_MIN_LENGTH);
        code.setMaxLength(FundUnitSettingsEntry.CODE_MAX_LENGTH);
        String codeProblem = getTranslation("funds.settings.error.code", FundUnitSettingsEntry.CODE_MIN_LENGTH,
                FundUnitSettingsEntry.CODE_MAX_LENGTH);
        code.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(codeProblem)
                .setMinLengthErrorMessage(codeProblem).setMaxLengthErrorMessage(codeProblem));
        code.setRequiredIndicatorVisible(true);
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.addValueChangeListener(change -> showSample());
        sample.setId("fund-settings-sample");
        sample.addClassName("fund-settings-sample");
        sampleNumber.setId("fund-settings-sample-number");
        sampleNumber.addClassName("fund-settings-sample-number");
        sample.add(sampleLabel, new Span(" "), sampleNumber);

        text(receiptName, "fund-settings-receipt-name", "funds.settings.field.receipt-name",
                FundUnitSettingsEntry.RECEIPT_NAME_LIMIT, "funds.settings.error.receipt-name");
        receiptName.setHelperText(getTranslation("funds.settings.field.receipt-name.help", unit.name()));
        receiptName.setPlaceholder(unit.name());
        text(address, "fund-settings-address", "funds.settings.field.address", FundUnitSettingsEntry.ADDRESS_LIMIT,
                "funds.settings.error.address");
        address.setHelperText(getTranslation("funds.settings.field.address.help"));
        address.setRequiredIndicatorVisible(true);
        taxCode.setId("fund-settings-tax-code");
        taxCode.setLabel(getTranslation("funds.settings.field.tax-code"));
        taxCode.setHelperText(getTranslation("funds.settings.field.tax-code.help"));
        taxCode.setMaxLength(FundUnitSettingsEntry.TAX_CODE_TYPED_LIMIT);
        taxCode.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(getTranslation(TaxCode.INVALID_MESSAGE_KEY)));
        fieldsByProblem.on(taxCode, TaxCode.INVALID_MESSAGE_KEY);
        text(signatoryName, "fund-settings-signatory-name", "funds.settings.field.signatory-name",
                FundUnitSettingsEntry.SIGNATORY_NAME_LIMIT, "funds.settings.error.signatory-name");
        signatoryName.setHelperText(getTranslation("funds.settings.field.signatory-name.help"));
        signatoryName.setRequiredIndicatorVisible(true);
        text(signatoryTitle, "fund-settings-signatory-title", "funds.settings.field.signatory-title",
                FundUnitSettingsEntry.SIGNATORY_TITLE_LIMIT, "funds.settings.error.signatory-title");
        signatoryTitle.setHelperText(getTranslation("funds.settings.field.signatory-title.help"));
        signatoryTitle.setRequiredIndicatorVisible(true);

        paper.setId("fund-settings-paper");
        paper.setLabel(getTranslation("funds.settings.field.paper"));
        paper.setHelperText(getTranslation("funds.settings.field.paper.help"));
        paper.setItems(ReceiptPaper.A5, ReceiptPaper.A4);
        paper.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        receiptsOnRecording.setId("fund-settings-on-recording");
        receiptsOnRecording.setLabel(getTranslation("funds.settings.field.on-recording"));
        receiptsOnRecording.setHelperText(getTranslation("funds.settings.field.on-recording.help"));

        feeTolerance.setId("fund-settings-fee-tolerance");
        feeTolerance.setLabel(getTranslation("funds.settings.field.fee-tolerance"));
        feeTolerance.setHelperText(getTranslation("funds.settings.field.fee-tolerance.help",
                FundUnitSettingsEntry.FEE_TOLERANCE_MAX.amount()));
        feeTolerance.setSuffixComponent(new Span("₫"));
        feeTolerance.setAllowedCharPattern("[0-9., ]");
        feeTolerance.setMaxLength(FEE_TYPED_LIMIT);
        feeTolerance.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(feeProblem()));
        fieldsByProblem.on(feeTolerance, "funds.settings.error.fee-tolerance");

        approvalThreshold.setId("fund-settings-approval-threshold");
        approvalThreshold.setLabel(getTranslation("funds.settings.field.approval-threshold"));
        approvalThreshold.setHelperText(getTranslation("funds.settings.field.approval-threshold.help"));
        approvalThreshold.setSuffixComponent(new Span("₫"));
        approvalThreshold.setAllowedCharPattern("[0-9., ]");
        approvalThreshold.setMaxLength(FEE_TYPED_LIMIT + 6);
        approvalThreshold.setRequiredIndicatorVisible(true);
        approvalThreshold.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(thresholdProblem())
                .setMaxLengthErrorMessage(thresholdProblem()));
        fieldsByProblem.on(approvalThreshold, "funds.settings.error.approval-threshold");

        thankYouDelay.setId("fund-settings-thank-you-delay");
        thankYouDelay.setLabel(getTranslation("funds.settings.field.thank-you-delay"));
        thankYouDelay.setHelperText(getTranslation("funds.settings.field.thank-you-delay.help"));
        thankYouDelay.setSuffixComponent(new Span(getTranslation("funds.settings.minutes")));
        thankYouDelay.setMin(ThankYouTiming.DELAY_MIN);
        thankYouDelay.setMax(ThankYouTiming.DELAY_MAX);
        thankYouDelay.setStepButtonsVisible(true);
        thankYouDelay.setRequiredIndicatorVisible(true);
        String delayProblem = delayProblem();
        thankYouDelay.setI18n(new IntegerField.IntegerFieldI18n().setRequiredErrorMessage(delayProblem)
                .setBadInputErrorMessage(delayProblem).setMinErrorMessage(delayProblem)
                .setMaxErrorMessage(delayProblem));
        fieldsByProblem.on(thankYouDelay, "funds.settings.error.thank-you-delay");
        quietHoursOn.setId("fund-settings-quiet-hours-on");
        quietHoursOn.setLabel(getTranslation("funds.settings.field.quiet-hours-on"));
        quietHoursOn.setHelperText(getTranslation("funds.settings.field.quiet-hours-on.help"));
        quietHoursOn.addValueChangeListener(change -> showQuietHours());
        quietHoursStart.setId("fund-settings-quiet-hours-start");
        quietHoursStart.setLabel(getTranslation("funds.settings.field.quiet-hours-start"));
        quietHoursEnd.setId("fund-settings-quiet-hours-end");
        quietHoursEnd.setLabel(getTranslation("funds.settings.field.quiet-hours-end"));
        quietHoursEnd.setHelperText(getTranslation("funds.settings.field.quiet-hours-end.help"));
        for (TimePicker time : List.of(quietHoursStart, quietHoursEnd)) {
            time.setStep(Duration.ofMinutes(30));
            time.setLocale(VIETNAMESE_CLOCK);
        }
        fieldsByProblem.on(quietHoursEnd, "funds.settings.error.quiet-hours");
        fieldsByProblem.on(code, "funds.settings.error.code");
        fieldsByProblem.on(code, "funds.settings.error.code-taken");
    }

    private void bind() {
        String codeProblem = getTranslation("funds.settings.error.code", FundUnitSettingsEntry.CODE_MIN_LENGTH,
                FundUnitSettingsEntry.CODE_MAX_LENGTH);
        binder.forField(code).asRequired(codeProblem)
                .withValidator(FundUnitSettingsEntry::isValidCode, codeProblem)
                .bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(receiptName).withValidator(atMost(FundUnitSettingsEntry.RECEIPT_NAME_LIMIT,
                        "funds.settings.error.receipt-name"))
                .bind(d -> d.receiptName, (d, v) -> d.receiptName = v);
        requiredText(address, FundUnitSettingsEntry.ADDRESS_LIMIT, "funds.settings.error.address")
                .bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(taxCode).withValidator(typed -> typed.isBlank() || TaxCode.isValid(typed),
                        getTranslation(TaxCode.INVALID_MESSAGE_KEY))
                .bind(d -> d.taxCode, (d, v) -> d.taxCode = v);
        requiredText(signatoryName, FundUnitSettingsEntry.SIGNATORY_NAME_LIMIT, "funds.settings.error.signatory-name")
                .bind(d -> d.signatoryName, (d, v) -> d.signatoryName = v);
        requiredText(signatoryTitle, FundUnitSettingsEntry.SIGNATORY_TITLE_LIMIT,
                "funds.settings.error.signatory-title")
                .bind(d -> d.signatoryTitle, (d, v) -> d.signatoryTitle = v);
        binder.forField(paper).asRequired(getTranslation("validation.required"))
                .bind(d -> d.paper, (d, v) -> d.paper = v);
        binder.forField(receiptsOnRecording).bind(d -> d.receiptsOnRecording, (d, v) -> d.receiptsOnRecording = v);
        binder.forField(feeTolerance).withConverter(new AmountConverter(this, this::feeProblem))
                .withValidator(fee -> fee.amount() >= 0 && !fee.isGreaterThan(FundUnitSettingsEntry.FEE_TOLERANCE_MAX),
                        feeProblem())
                .bind(d -> d.feeTolerance, (d, v) -> d.feeTolerance = v);
        binder.forField(approvalThreshold).asRequired(thresholdProblem())
                .withConverter(new AmountConverter(this, this::thresholdProblem))
                .withValidator(threshold -> threshold.amount() >= 0
                        && !threshold.isGreaterThan(FundUnitSettingsEntry.APPROVAL_THRESHOLD_MAX), thresholdProblem())
                .bind(d -> d.approvalThreshold, (d, v) -> d.approvalThreshold = v);
        binder.forField(thankYouDelay).asRequired(delayProblem())
                .withValidator(minutes -> minutes >= ThankYouTiming.DELAY_MIN && minutes <= ThankYouTiming.DELAY_MAX,
                        delayProblem())
                .bind(d -> d.thankYouDelay, (d, v) -> d.thankYouDelay = v);
        binder.forField(quietHoursOn).bind(d -> d.quietHoursOn, (d, v) -> d.quietHoursOn = v);
        String required = getTranslation("validation.required");
        binder.forField(quietHoursStart).withValidator(start -> !quietHoursOn.getValue() || start != null, required)
                .bind(d -> d.quietHoursStart, (d, v) -> d.quietHoursStart = v);
        binder.forField(quietHoursEnd).withValidator(end -> !quietHoursOn.getValue() || end != null, required)
                .withValidator(end -> !quietHoursOn.getValue() || end == null || !end.equals(quietHoursStart.getValue()),
                        getTranslation("funds.settings.error.quiet-hours"))
                .bind(d -> d.quietHoursEnd, (d, v) -> d.quietHoursEnd = v);
    }

    private String thresholdProblem() {
        return getTranslation("funds.settings.error.approval-threshold",
                FundUnitSettingsEntry.APPROVAL_THRESHOLD_MAX.amount());
    }

    private String delayProblem() {
        return getTranslation("funds.settings.error.thank-you-delay", ThankYouTiming.DELAY_MIN,
                ThankYouTiming.DELAY_MAX);
    }

    /** The hours are asked for only while quiet hours are on. */
    private void showQuietHours() {
        quietHoursStart.setEnabled(quietHoursOn.getValue());
        quietHoursEnd.setEnabled(quietHoursOn.getValue());
        quietHoursStart.setRequiredIndicatorVisible(quietHoursOn.getValue());
        quietHoursEnd.setRequiredIndicatorVisible(quietHoursOn.getValue());
    }

    private Binder.BindingBuilder<Draft, String> requiredText(TextField field, int limit, String messageKey) {
        String problem = getTranslation(messageKey, limit);
        return binder.forField(field).asRequired(problem).withValidator(atMost(limit, messageKey));
    }

    private StringLengthValidator atMost(int limit, String messageKey) {
        return new StringLengthValidator(getTranslation(messageKey, limit), 0, limit);
    }

    /** The field's length limit, and the browser's own check of it saying what ours says. */
    private void text(TextField field, String id, String labelKey, int limit, String messageKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(limit);
        String problem = getTranslation(messageKey, limit);
        field.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(problem).setMaxLengthErrorMessage(problem));
        fieldsByProblem.on(field, messageKey);
    }

    private String feeProblem() {
        return getTranslation("funds.settings.error.fee-tolerance", FundUnitSettingsEntry.FEE_TOLERANCE_MAX.amount());
    }

    /** The number the next receipt of the year would carry with the code typed, or with an example code. */
    private void showSample() {
        String typed = code.getValue();
        boolean valid = FundUnitSettingsEntry.isValidCode(typed);
        sampleLabel.setText(getTranslation(valid ? "funds.settings.sample" : "funds.settings.sample.example"));
        sampleNumber.setText(FundUnitSettings.receiptNumber(valid ? FundUnitSettingsEntry.normalisedCode(typed)
                : FundUnitSettingsEntry.EXAMPLE_CODE, VietnamTime.today().getYear(), 1));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Checks every field at once, marking each one that is wrong; when all are right, fires a {@link SaveEvent}. */
    void save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, new FundUnitSettingsEntry(FundUnitSettingsEntry.normalisedCode(draft.code),
                    draft.receiptName.strip(), draft.address.strip(), draft.taxCode.isBlank() ? null : draft.taxCode.strip(),
                    draft.signatoryName.strip(), draft.signatoryTitle.strip(), draft.paper, draft.receiptsOnRecording,
                    draft.feeTolerance, new ThankYouTiming(draft.thankYouDelay,
                            draft.quietHoursOn ? new QuietHours(draft.quietHoursStart, draft.quietHoursEnd) : null),
                    draft.approvalThreshold, version)));
        }
    }

    /**
     * Marks the fields the service refused, every one of them when it refused several.
     *
     * @return false when some problem belongs to no field; the caller tells it otherwise
     */
    boolean showProblem(UserFacingException problem) {
        boolean allShown = true;
        for (UserFacingException each : problem instanceof FundUnitSettingsRefused refused ? refused.problems()
                : List.of(problem)) {
            allShown &= fieldsByProblem.show(this, each);
        }
        return allShown;
    }

    /** The fund manager saved, and every field was valid. */
    static final class SaveEvent extends ComponentEvent<FundSettingsForm> {

        private final transient FundUnitSettingsEntry entry;

        SaveEvent(FundSettingsForm form, FundUnitSettingsEntry entry) {
            super(form, false);
            this.entry = entry;
        }

        FundUnitSettingsEntry entry() {
            return entry;
        }
    }

    /** What the fields hold; written only when every field is valid. */
    private static final class Draft {
        private String code = "";
        private String receiptName = "";
        private String address = "";
        private String taxCode = "";
        private String signatoryName = "";
        private String signatoryTitle = "";
        private ReceiptPaper paper = FundUnitSettingsEntry.DEFAULT_PAPER;
        private boolean receiptsOnRecording = FundUnitSettingsEntry.DEFAULT_RECEIPTS_ON_RECORDING;
        private Money feeTolerance = FundUnitSettingsEntry.DEFAULT_FEE_TOLERANCE;
        private Money approvalThreshold = FundUnitSettingsEntry.DEFAULT_APPROVAL_THRESHOLD;
        private Integer thankYouDelay = ThankYouTiming.DEFAULT.delayMinutes();
        private boolean quietHoursOn = true;
        private LocalTime quietHoursStart = QuietHours.DEFAULT.start();
        private LocalTime quietHoursEnd = QuietHours.DEFAULT.end();
    }
}
