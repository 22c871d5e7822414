package org.chungtay.payments.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.donors.DonorSummary;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentTarget;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.FieldProblems;

/**
 * A payment as an accountant enters it: how it came, how much, when, and what it is for, either the
 * pledge whose reference the donor wrote (the view looks it up and shows it here) or, for a gift without
 * a pledge, the campaign and the donor. It validates everything at once and hands a {@link PaymentEntry}
 * over; it calls no service.
 */
class PaymentForm extends Composite<Div> {

    /** A reference as people type it, with spaces or a bank's prefix around it. */
    static final int REFERENCE_TYPED_LIMIT = 60;
    private static final int AMOUNT_TYPED_LIMIT = 25;

    final RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>();
    final TextField amount = new TextField();
    final DatePicker receivedOn;
    final TextField pledgeReference = new TextField();
    final Span pledge = new Span();
    final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    final ComboBox<FundUnitRef> generalFund = new ComboBox<>();
    final ComboBox<DonorSummary> donor = new ComboBox<>();
    final Button newOrganisation = new Button();
    final Button newPerson = new Button();
    final TextField bankReference = new TextField();
    final TextArea goods = new TextArea();
    final TextArea note = new TextArea();
    private final Div newDonor = new Div();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final FieldProblems fieldsByProblem = new FieldProblems();

    PaymentForm(List<CampaignSummary> campaigns, List<FundUnitRef> units, DataProvider<DonorSummary, String> donors) {
        getContent().setId("payment-form");
        receivedOn = DatePickers.create("payment-received-on", "payments.field.received-on");
        configure(campaigns, units, donors);
        bind();
        binder.readBean(draft);
        showMethodFields();

        newOrganisation.setText(getTranslation("payments.action.new-organisation"));
        newOrganisation.setId("payment-new-organisation");
        newPerson.setText(getTranslation("payments.action.new-person"));
        newPerson.setId("payment-new-person");
        newOrganisation.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        newPerson.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        newDonor.add(newOrganisation, newPerson);
        newDonor.addClassName("payment-new-donor");
        FormLayout fields = new FormLayout(method, amount, receivedOn, pledgeReference, pledge, campaign, generalFund,
                donor, newDonor, bankReference, goods, note);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        fields.setColspan(method, 2);
        fields.setColspan(pledge, 2);
        fields.setColspan(goods, 2);
        fields.setColspan(note, 2);
        getContent().add(fields);
    }

    private void configure(List<CampaignSummary> campaigns, List<FundUnitRef> units,
            DataProvider<DonorSummary, String> donors) {
        method.setId("payment-method");
        method.setLabel(getTranslation("payments.field.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        method.addValueChangeListener(change -> showMethodFields());
        amount.setId("payment-amount");
        amount.setLabel(getTranslation("payments.field.amount"));
        amount.setSuffixComponent(new Span("₫"));
        amount.setAllowedCharPattern("[0-9., ]");
        amount.setMaxLength(AMOUNT_TYPED_LIMIT);
        amount.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("payments.error.amount")));
        amount.setRequiredIndicatorVisible(true);
        LocalDate today = VietnamTime.today();
        receivedOn.setMin(today.minusYears(PaymentEntry.YEARS_BACK));
        receivedOn.setMax(today);
        receivedOn.setRequiredIndicatorVisible(true);
        String dateProblem = getTranslation("payments.error.date", PaymentEntry.YEARS_BACK);
        receivedOn.setI18n(receivedOn.getI18n().setMinErrorMessage(dateProblem).setMaxErrorMessage(dateProblem));
        pledgeReference.setId("payment-pledge-reference");
        pledgeReference.setLabel(getTranslation("payments.field.pledge-reference"));
        pledgeReference.setHelperText(getTranslation("payments.field.pledge-reference.help"));
        pledgeReference.setI18n(limited(pledgeReference, REFERENCE_TYPED_LIMIT));
        pledgeReference.setClearButtonVisible(true);
        pledge.setId("payment-pledge");
        pledge.addClassName("payment-pledge");
        campaign.setId("payment-campaign");
        campaign.setLabel(getTranslation("payments.field.campaign"));
        campaign.setHelperText(getTranslation("payments.field.campaign.help"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.name(getLocale()));
        campaign.setClearButtonVisible(true);
        campaign.addValueChangeListener(change -> generalFund.setVisible(change.getValue() == null
                && campaign.isVisible()));
        generalFund.setId("payment-general-fund");
        generalFund.setLabel(getTranslation("payments.field.general-fund"));
        generalFund.setHelperText(getTranslation("payments.field.general-fund.help"));
        generalFund.setItems(units);
        generalFund.setItemLabelGenerator(FundUnitRef::name);
        generalFund.setClearButtonVisible(true);
        donor.setId("payment-donor");
        donor.setLabel(getTranslation("payments.field.donor"));
        donor.setHelperText(getTranslation("payments.field.donor.help"));
        donor.setItems(donors);
        donor.setItemLabelGenerator(d -> d.taxCode() == null ? d.name() : d.name() + " · " + d.taxCode());
        donor.setClearButtonVisible(true);
        bankReference.setId("payment-bank-reference");
        bankReference.setLabel(getTranslation("payments.field.bank-reference"));
        bankReference.setI18n(limited(bankReference, PaymentEntry.BANK_REFERENCE_LIMIT));
        goods.setId("payment-goods");
        goods.setLabel(getTranslation("payments.field.goods"));
        goods.setHelperText(getTranslation("payments.field.goods.help"));
        goods.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(goods::setMaxLength,
                PaymentEntry.GOODS_LIMIT)));
        note.setId("payment-note");
        note.setLabel(getTranslation("payments.field.note"));
        note.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(note::setMaxLength,
                PaymentEntry.NOTE_LIMIT)));
        fieldsByProblem.on(amount, "payments.error.amount");
        fieldsByProblem.on(receivedOn, "payments.error.date");
        fieldsByProblem.on(pledgeReference, "payments.error.pledge-not-found");
        fieldsByProblem.on(pledgeReference, "payments.error.pledge-closed");
        fieldsByProblem.on(campaign, "payments.error.campaign-not-found");
        fieldsByProblem.on(campaign, "payments.error.target-required");
        fieldsByProblem.on(goods, "payments.error.goods-required");
    }

    private void bind() {
        binder.forField(method).asRequired(getTranslation("payments.error.method-required"))
                .bind(d -> d.method, (d, v) -> d.method = v);
        binder.forField(amount).withValidator((typed, context) -> amountProblem(typed) == null ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation(amountProblem(typed))))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(receivedOn).asRequired(getTranslation("payments.error.date", PaymentEntry.YEARS_BACK))
                .withValidator(day -> !day.isAfter(receivedOn.getMax()) && !day.isBefore(receivedOn.getMin()),
                        getTranslation("payments.error.date", PaymentEntry.YEARS_BACK))
                .bind(d -> d.receivedOn, (d, v) -> d.receivedOn = v);
        binder.forField(pledgeReference).withValidator(atMost(REFERENCE_TYPED_LIMIT))
                .bind(d -> d.pledgeReference, (d, v) -> d.pledgeReference = v);
        binder.forField(campaign)
                .withValidator(chosen -> chosen != null || generalFund.getValue() != null
                        || !pledgeReference.getValue().isBlank(), getTranslation("payments.error.target-required"))
                .bind(d -> d.campaign, (d, v) -> d.campaign = v);
        binder.forField(generalFund).bind(d -> d.generalFund, (d, v) -> d.generalFund = v);
        binder.forField(donor).bind(d -> d.donor, (d, v) -> d.donor = v);
        binder.forField(bankReference).withValidator(atMost(PaymentEntry.BANK_REFERENCE_LIMIT))
                .bind(d -> d.bankReference, (d, v) -> d.bankReference = v);
        binder.forField(goods).withValidator(atMost(PaymentEntry.GOODS_LIMIT))
                .withValidator(text -> method.getValue() != PaymentMethod.GOODS || !text.isBlank(),
                        getTranslation("payments.error.goods-required"))
                .bind(d -> d.goods, (d, v) -> d.goods = v);
        binder.forField(note).withValidator(atMost(PaymentEntry.NOTE_LIMIT)).bind(d -> d.note, (d, v) -> d.note = v);
    }

    private static String amountProblem(String typed) {
        try {
            Money money = Money.parse(typed);
            return money.isPositive() && !money.isGreaterThan(Money.MAX_PLEDGE) ? null : "payments.error.amount";
        } catch (UserFacingException | IllegalArgumentException notAnAmount) {
            return "payments.error.amount";
        }
    }

    /** The field's maximum length, and the message the browser's own check then shows, the same as ours. */
    private TextField.TextFieldI18n limited(TextField field, int limit) {
        return new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(field::setMaxLength, limit));
    }

    private String tooLong(IntConsumer setMaxLength, int limit) {
        setMaxLength.accept(limit);
        return getTranslation("payments.error.too-long", limit);
    }

    private StringLengthValidator atMost(int limit) {
        return new StringLengthValidator(getTranslation("payments.error.too-long", limit), 0, limit);
    }

    /** A gift without a pledge names its campaign and donor; one for a pledge takes both from the pledge. */
    private void showMethodFields() {
        bankReference.setVisible(method.getValue() == PaymentMethod.BANK_TRANSFER);
        goods.setVisible(method.getValue() == PaymentMethod.GOODS);
        goods.setRequiredIndicatorVisible(method.getValue() == PaymentMethod.GOODS);
    }

    /** Shows the pledge the typed reference names, as the view found it. */
    void showPledge(PaymentTarget target) {
        pledgeReference.setInvalid(false);
        pledge.setText(getTranslation("payments.pledge.found", target.reference(), target.donorName(),
                target.total().format(getLocale()), target.open().format(getLocale())));
        campaign.setVisible(false);
        generalFund.setVisible(false);
        donor.setVisible(false);
        newDonor.setVisible(false);
    }

    /** The typed reference names no pledge the accountant may pay into, or nothing is typed. */
    void clearPledge() {
        pledge.setText("");
        campaign.setVisible(true);
        generalFund.setVisible(campaign.getValue() == null);
        donor.setVisible(true);
        newDonor.setVisible(true);
    }

    /** Hands the entry over when every field is valid; otherwise marks each field that is not. */
    void submit(Consumer<PaymentEntry> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            boolean forPledge = !draft.pledgeReference.isBlank();
            onValid.accept(new PaymentEntry(draft.method, Money.parse(draft.amount), draft.receivedOn,
                    forPledge ? draft.pledgeReference.strip() : null,
                    forPledge || draft.campaign == null ? null : draft.campaign.id(),
                    forPledge || draft.campaign != null || draft.generalFund == null ? null : draft.generalFund.id(),
                    forPledge || draft.donor == null ? null : draft.donor.id(),
                    draft.method == PaymentMethod.BANK_TRANSFER ? draft.bankReference : null, draft.note,
                    draft.method == PaymentMethod.GOODS ? draft.goods : null));
        }
    }

    /**
     * Shows what the service refused next to its field.
     *
     * @return false when the problem belongs to no field; the caller shows it otherwise
     */
    boolean showProblem(UserFacingException problem) {
        return fieldsByProblem.show(this, problem);
    }

    private static final class Draft {
        private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
        private String amount = "";
        private LocalDate receivedOn = VietnamTime.today();
        private String pledgeReference = "";
        private CampaignSummary campaign;
        private FundUnitRef generalFund;
        private DonorSummary donor;
        private String bankReference = "";
        private String goods = "";
        private String note = "";
    }
}
