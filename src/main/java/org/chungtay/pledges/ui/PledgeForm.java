package org.chungtay.pledges.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.pledges.Programme;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.Notices;

/**
 * The online pledge form. It only gathers and checks what was typed, showing each problem next to its
 * field in the visitor's language, and hands a {@link PledgeSubmission} over; the view submits it.
 * Opt-in boxes start unticked. One field is hidden from people: robots that fill it in are refused.
 */
class PledgeForm extends Composite<Div> {

    private final String submissionKey = UUID.randomUUID().toString();
    private final RadioButtonGroup<PledgeKind> kind = new RadioButtonGroup<>();
    private final TextField amount = new TextField();
    private final Select<Programme> programme = new Select<>();
    private final IntegerField children = new IntegerField();
    private final IntegerField months = new IntegerField();
    private final TextField perChild = new TextField();
    private final Span total = new Span();
    private final ComboBox<FundUnitRef> commune = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<InstalmentFrequency> frequency = new RadioButtonGroup<>();
    private final DatePicker firstDue = DatePickers.create("pledge-first-due", "pledges.field.first-due");
    private final IntegerField count = new IntegerField();
    private final RadioButtonGroup<Boolean> organisation = new RadioButtonGroup<>();
    private final Select<Sector> sector = new Select<>();
    private final TextField donorName = new TextField();
    private final TextField taxCode = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private final Checkbox progressUpdates = new Checkbox();
    private final Checkbox appeals = new Checkbox();
    private final Checkbox mayBeNamed = new Checkbox();
    private final TextField website = new TextField();
    private final Button submit = new Button();
    private final Map<String, HasValidation> fieldsByMessage = new HashMap<>();

    PledgeForm(List<FundUnitRef> communes, LocalDate today, Consumer<PledgeSubmission> onSubmit) {
        getContent().addClassName("pledge-form");

        kind.setId("pledge-kind");
        kind.setLabel(getTranslation("pledges.field.kind"));
        kind.setItems(PledgeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PledgeKind.DONATION);
        kind.addValueChangeListener(change -> showFieldsOfKind());

        amount.setId("pledge-amount");
        amount.setSuffixComponent(new Span("₫"));
        amount.setAllowedCharPattern("[0-9., ]");
        amount.setMaxLength(25);
        programme.setId("pledge-programme");
        programme.setLabel(getTranslation("pledges.field.programme"));
        programme.setItems(Programme.values());
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("pledges.field.programme.none")
                : getTranslation(p.labelKey()));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("pledges.field.programme.none"));

        children.setId("pledge-children");
        children.setLabel(getTranslation("pledges.field.children"));
        children.setMin(1);
        children.setMax(Commitment.MAX_CHILDREN);
        children.setStepButtonsVisible(true);
        months.setId("pledge-months");
        months.setLabel(getTranslation("pledges.field.months"));
        months.setMin(1);
        months.setMax(Commitment.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        perChild.setId("pledge-per-child");
        perChild.setLabel(getTranslation("pledges.field.per-child"));
        perChild.setSuffixComponent(new Span("₫"));
        perChild.setAllowedCharPattern("[0-9., ]");
        perChild.setMaxLength(25);
        total.setId("pledge-total");
        total.addClassName("pledge-total");
        total.getElement().setAttribute("aria-live", "polite");
        List.of(children, months).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> showTotal());
        });
        perChild.setValueChangeMode(ValueChangeMode.EAGER);
        perChild.addValueChangeListener(change -> showTotal());
        commune.setId("pledge-commune");
        commune.setLabel(getTranslation("pledges.field.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(FundUnitRef::name);
        commune.setClearButtonVisible(true);
        commune.setVisible(!communes.isEmpty());

        description.setId("pledge-description");
        description.setLabel(getTranslation("pledges.field.description"));
        description.setMaxLength(Commitment.DESCRIPTION_LIMIT);

        frequency.setId("pledge-frequency");
        frequency.setLabel(getTranslation("pledges.field.frequency"));
        frequency.setItems(InstalmentFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        frequency.setValue(InstalmentFrequency.ONE_OFF);
        frequency.addValueChangeListener(change -> count.setVisible(change.getValue() != InstalmentFrequency.ONE_OFF));
        firstDue.setMin(today);
        firstDue.setValue(today);
        count.setId("pledge-count");
        count.setLabel(getTranslation("pledges.field.count"));
        count.setMin(1);
        count.setMax(InstalmentPlan.MAX_INSTALMENTS);
        count.setValue(12);
        count.setStepButtonsVisible(true);
        count.setVisible(false);

        organisation.setId("pledge-donor-type");
        organisation.setLabel(getTranslation("pledges.field.donor-type"));
        organisation.setItems(true, false);
        organisation.setItemLabelGenerator(isOrganisation -> getTranslation(isOrganisation
                ? "pledges.field.donor-type.organisation" : "pledges.field.donor-type.individual"));
        organisation.setValue(true);
        organisation.addValueChangeListener(change -> showDonorFields());
        sector.setId("pledge-sector");
        sector.setLabel(getTranslation("pledges.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        sector.setValue(Sector.ENTERPRISE);
        donorName.setId("pledge-donor-name");
        donorName.setMaxLength(200);
        taxCode.setId("pledge-tax-code");
        taxCode.setLabel(getTranslation("pledges.field.tax-code"));
        taxCode.setHelperText(getTranslation("pledges.field.tax-code.help"));
        taxCode.setMaxLength(16);
        contactName.setId("pledge-contact-name");
        contactName.setLabel(getTranslation("pledges.field.contact-name"));
        contactName.setMaxLength(150);
        email.setId("pledge-email");
        email.setLabel(getTranslation("pledges.field.email"));
        email.setMaxLength(254);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("pledges.error.email-invalid")));
        phone.setId("pledge-phone");
        phone.setLabel(getTranslation("pledges.field.phone"));
        phone.setMaxLength(20);
        address.setId("pledge-address");
        address.setLabel(getTranslation("pledges.field.address"));
        address.setMaxLength(300);

        progressUpdates.setId("pledge-progress-updates");
        progressUpdates.setLabel(getTranslation("pledges.field.progress-updates"));
        appeals.setId("pledge-appeals");
        appeals.setLabel(getTranslation("pledges.field.appeals"));
        mayBeNamed.setId("pledge-may-be-named");
        mayBeNamed.setLabel(getTranslation("pledges.field.may-be-named"));

        website.setId("pledge-website");
        website.addClassName("honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");

        submit.setId("pledge-submit");
        submit.setText(getTranslation("pledges.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                submission().ifPresent(onSubmit);
            } finally {
                submit.setEnabled(true);
            }
        });

        fieldsByMessage.put("pledges.error.amount-positive", amount);
        fieldsByMessage.put("pledges.error.amount-too-large", amount);
        fieldsByMessage.put("pledges.error.children", children);
        fieldsByMessage.put("pledges.error.months", months);
        fieldsByMessage.put("pledges.error.programme-required", programme);
        fieldsByMessage.put("pledges.error.description-required", description);
        fieldsByMessage.put("pledges.error.instalment-count", count);
        fieldsByMessage.put("pledges.error.instalment-too-small", count);
        fieldsByMessage.put("pledges.error.schedule-required", firstDue);
        fieldsByMessage.put("pledges.error.donor-name-required", donorName);
        fieldsByMessage.put("pledges.error.contact-name-required", contactName);
        fieldsByMessage.put("pledges.error.email-invalid", email);
        fieldsByMessage.put("pledges.error.phone-invalid", phone);
        fieldsByMessage.put("donors.error.tax-code-invalid", taxCode);
        fieldsByMessage.put("pledges.error.sector-required", sector);
        fieldsByMessage.put("pledges.error.commune-unknown", commune);

        FormLayout what = new FormLayout(kind, amount, children, months, perChild, total, commune, programme,
                description);
        what.setColspan(kind, 2);
        what.setColspan(description, 2);
        what.setColspan(total, 2);
        FormLayout when = new FormLayout(frequency, firstDue, count);
        when.setColspan(frequency, 2);
        FormLayout who = new FormLayout(organisation, sector, donorName, taxCode, contactName, email, phone, address);
        who.setColspan(organisation, 2);
        who.setColspan(address, 2);
        Div consent = new Div(progressUpdates, appeals, mayBeNamed);
        consent.addClassName("pledge-consent");
        for (FormLayout layout : List.of(what, when, who)) {
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        }
        getContent().add(new H3(getTranslation("pledges.section.what")), what,
                new H3(getTranslation("pledges.section.when")), when,
                new H3(getTranslation("pledges.section.who")), who, consent, website, submit);
        showFieldsOfKind();
        showDonorFields();
    }

    /** Marks the field a refused submission is about, or returns false when no field is. */
    boolean showProblem(UserFacingException problem) {
        HasValidation field = fieldsByMessage.get(problem.messageKey());
        if (field == null || !((Component) field).isVisible()) {
            return false;
        }
        field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        field.setInvalid(true);
        return true;
    }

    private Optional<PledgeSubmission> submission() {
        fieldsByMessage.values().forEach(field -> field.setInvalid(false));
        try {
            PledgeKind chosen = kind.getValue();
            Commitment commitment = switch (chosen) {
                case DONATION -> Commitment.donation(money(amount), programme.getValue());
                case DIRECT_SPONSORSHIP -> Commitment.sponsorship(number(children), number(months), money(perChild),
                        programme.getValue(), commune.getValue() == null ? null : commune.getValue().id());
                case PROJECT_FUNDING -> Commitment.projectFunding(money(amount), programme.getValue());
                case IN_KIND -> Commitment.inKind(description.getValue(), money(amount));
            };
            InstalmentPlan plan = new InstalmentPlan(frequency.getValue(), firstDue.getValue(),
                    count.getValue() == null ? 0 : count.getValue());
            return Optional.of(new PledgeSubmission(submissionKey, website.getValue(), commitment, plan,
                    Boolean.TRUE.equals(organisation.getValue()), sector.getValue(), donorName.getValue(), taxCode.getValue(),
                    contactName.getValue(), email.getValue(), phone.getValue(), address.getValue(), getLocale(),
                    progressUpdates.getValue(), appeals.getValue(), mayBeNamed.getValue()));
        } catch (UserFacingException problem) {
            if (!showProblem(problem)) {
                Notices.error(problem);
            }
            return Optional.empty();
        }
    }

    private Money money(TextField field) {
        if (field.getValue().isBlank()) {
            throw new UserFacingException("pledges.error.amount-positive");
        }
        try {
            return Money.parse(field.getValue());
        } catch (UserFacingException notAnAmount) {
            field.setErrorMessage(getTranslation(notAnAmount.messageKey()));
            field.setInvalid(true);
            throw new UserFacingException("pledges.error.see-fields");
        }
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void showTotal() {
        try {
            Money sum = Commitment.sponsorship(number(children), number(months), Money.parse(perChild.getValue()),
                    null, null).total();
            total.setText(getTranslation("pledges.field.total", sum.format(getLocale())));
        } catch (UserFacingException incomplete) {
            total.setText("");
        }
    }

    private void showFieldsOfKind() {
        PledgeKind chosen = kind.getValue();
        boolean sponsorship = chosen == PledgeKind.DIRECT_SPONSORSHIP;
        amount.setVisible(!sponsorship);
        amount.setLabel(getTranslation(chosen == PledgeKind.IN_KIND ? "pledges.field.estimated-value"
                : "pledges.field.amount"));
        children.setVisible(sponsorship);
        months.setVisible(sponsorship);
        perChild.setVisible(sponsorship);
        total.setVisible(sponsorship);
        commune.setVisible(sponsorship && !commune.getListDataView().getItems().toList().isEmpty());
        programme.setVisible(chosen != PledgeKind.IN_KIND);
        programme.setRequiredIndicatorVisible(chosen == PledgeKind.PROJECT_FUNDING);
        description.setVisible(chosen == PledgeKind.IN_KIND);
        frequency.setVisible(chosen != PledgeKind.IN_KIND);
        if (chosen == PledgeKind.IN_KIND) {
            frequency.setValue(InstalmentFrequency.ONE_OFF);
        }
    }

    private void showDonorFields() {
        boolean isOrganisation = Boolean.TRUE.equals(organisation.getValue());
        donorName.setLabel(getTranslation(isOrganisation ? "pledges.field.organisation-name"
                : "pledges.field.full-name"));
        taxCode.setVisible(isOrganisation);
        sector.setVisible(isOrganisation);
        contactName.setVisible(isOrganisation);
        mayBeNamed.setLabel(getTranslation(isOrganisation ? "pledges.field.may-be-named"
                : "pledges.field.may-be-named.individual"));
    }
}
