package org.chungtay.pledges.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Programme;
import org.chungtay.projects.FundraisingProject;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.Notices;

/**
 * The online pledge form. It only gathers and checks what was typed, on the server with a
 * {@link Binder}, showing every problem next to its field at once in the visitor's language, and fires
 * a {@link SubmitEvent} with the {@link PledgeSubmission}; the view submits it. The limits are those
 * the service enforces ({@link PledgeSubmission}, {@link Commitment}, {@link InstalmentPlan}); fields
 * of another kind of gift or donor are hidden and not checked. Opt-in boxes start unticked. One field
 * is hidden from people: robots that fill it in are refused.
 */
class PledgeForm extends Composite<Div> {

    private static final int MONEY_TYPED_LIMIT = 25;
    private static final int DEFAULT_INSTALMENTS = 12;

    private final String submissionKey = UUID.randomUUID().toString();
    final RadioButtonGroup<PledgeKind> kind = new RadioButtonGroup<>();
    final TextField amount = new TextField();
    final Select<Programme> programme = new Select<>();
    final Select<FundraisingProject> project = new Select<>();
    final IntegerField children = new IntegerField();
    final IntegerField months = new IntegerField();
    final TextField perChild = new TextField();
    final Span total = new Span();
    final ComboBox<FundUnitRef> commune = new ComboBox<>();
    final TextArea description = new TextArea();
    final RadioButtonGroup<InstalmentFrequency> frequency = new RadioButtonGroup<>();
    final DatePicker firstDue = DatePickers.create("pledge-first-due", "pledges.field.first-due");
    final IntegerField count = new IntegerField();
    final RadioButtonGroup<Boolean> organisation = new RadioButtonGroup<>();
    final Select<Sector> sector = new Select<>();
    final TextField donorName = new TextField();
    final TextField taxCode = new TextField();
    final TextField contactName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final Checkbox progressUpdates = new Checkbox();
    final Checkbox appeals = new Checkbox();
    final Checkbox mayBeNamed = new Checkbox();
    final TextField website = new TextField();
    final Button submit = new Button();
    private final Map<String, HasValidation> fieldsByMessage = new HashMap<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    PledgeForm(List<FundUnitRef> communes, LocalDate today) {
        this(communes, List.of(), today);
    }

    /** @param projects the campaign's fundraising projects a gift may be designated to (DD027) */
    PledgeForm(List<FundUnitRef> communes, List<FundraisingProject> projects, LocalDate today) {
        getContent().addClassName("pledge-form");

        kind.setId("pledge-kind");
        kind.setLabel(getTranslation("pledges.field.kind"));
        kind.setItems(PledgeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(change -> showFieldsOfKind());

        amount.setId("pledge-amount");
        amount.setSuffixComponent(new Span("₫"));
        amount.setAllowedCharPattern("[0-9., ]");
        amount.setMaxLength(MONEY_TYPED_LIMIT);
        programme.setId("pledge-programme");
        programme.setLabel(getTranslation("pledges.field.programme"));
        programme.setItems(Programme.values());
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("pledges.field.programme.none")
                : getTranslation(p.labelKey()));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("pledges.field.programme.none"));
        project.setId("pledge-project");
        project.setLabel(getTranslation("pledges.field.project"));
        project.setHelperText(getTranslation("pledges.field.project.help"));
        project.setItems(projects);
        project.setItemLabelGenerator(p -> p == null ? getTranslation("pledges.field.project.none")
                : p.title(getLocale()));
        project.setEmptySelectionAllowed(true);
        project.setEmptySelectionCaption(getTranslation("pledges.field.project.none"));
        project.addValueChangeListener(change -> showFieldsOfKind());

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
        perChild.setMaxLength(MONEY_TYPED_LIMIT);
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
        frequency.addValueChangeListener(change -> count.setVisible(change.getValue() != InstalmentFrequency.ONE_OFF));
        firstDue.setMin(today);
        firstDue.setMax(PledgeSubmission.lastFirstDueDate(today));
        draft.firstDue = today;
        count.setId("pledge-count");
        count.setLabel(getTranslation("pledges.field.count"));
        count.setMin(1);
        count.setMax(InstalmentPlan.MAX_INSTALMENTS);
        count.setStepButtonsVisible(true);
        count.setVisible(false);

        organisation.setId("pledge-donor-type");
        organisation.setLabel(getTranslation("pledges.field.donor-type"));
        organisation.setItems(true, false);
        organisation.setItemLabelGenerator(isOrganisation -> getTranslation(isOrganisation
                ? "pledges.field.donor-type.organisation" : "pledges.field.donor-type.individual"));
        organisation.addValueChangeListener(change -> showDonorFields());
        sector.setId("pledge-sector");
        sector.setLabel(getTranslation("pledges.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        donorName.setId("pledge-donor-name");
        donorName.setMaxLength(PledgeSubmission.ORGANISATION_NAME_LIMIT);
        taxCode.setId("pledge-tax-code");
        taxCode.setLabel(getTranslation("pledges.field.tax-code"));
        taxCode.setHelperText(getTranslation("pledges.field.tax-code.help"));
        taxCode.setMaxLength(PledgeSubmission.TAX_CODE_LIMIT);
        contactName.setId("pledge-contact-name");
        contactName.setLabel(getTranslation("pledges.field.contact-name"));
        contactName.setMaxLength(PledgeSubmission.PERSON_NAME_LIMIT);
        email.setId("pledge-email");
        email.setLabel(getTranslation("pledges.field.email"));
        email.setMaxLength(PledgeSubmission.EMAIL_LIMIT);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation(EmailAddress.INVALID_MESSAGE_KEY)));
        phone.setId("pledge-phone");
        phone.setLabel(getTranslation("pledges.field.phone"));
        phone.setMaxLength(PledgeSubmission.PHONE_LIMIT);
        address.setId("pledge-address");
        address.setLabel(getTranslation("pledges.field.address"));
        address.setMaxLength(PledgeSubmission.ADDRESS_LIMIT);

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
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });

        fieldsByMessage.put("pledges.error.amount-positive", amount);
        fieldsByMessage.put("pledges.error.amount-too-large", amount);
        fieldsByMessage.put("pledges.error.children", children);
        fieldsByMessage.put("pledges.error.months", months);
        fieldsByMessage.put("pledges.error.programme-required", programme);
        fieldsByMessage.put("pledges.error.project-not-open", project);
        fieldsByMessage.put("pledges.error.description-required", description);
        fieldsByMessage.put("pledges.error.description-too-long", description);
        fieldsByMessage.put("pledges.error.instalment-count", count);
        fieldsByMessage.put("pledges.error.instalment-too-small", count);
        fieldsByMessage.put("pledges.error.schedule-required", firstDue);
        fieldsByMessage.put("pledges.error.first-due", firstDue);
        fieldsByMessage.put("pledges.error.donor-name-required", donorName);
        fieldsByMessage.put("pledges.error.donor-name-too-long", donorName);
        fieldsByMessage.put("pledges.error.contact-name-required", contactName);
        fieldsByMessage.put("pledges.error.contact-name-too-long", contactName);
        fieldsByMessage.put(EmailAddress.INVALID_MESSAGE_KEY, email);
        fieldsByMessage.put(PhoneNumber.INVALID_MESSAGE_KEY, phone);
        fieldsByMessage.put("pledges.error.address-too-long", address);
        fieldsByMessage.put(TaxCode.INVALID_MESSAGE_KEY, taxCode);
        fieldsByMessage.put("pledges.error.sector-required", sector);
        fieldsByMessage.put("pledges.error.commune-unknown", commune);

        FormLayout what = new FormLayout(kind, amount, children, months, perChild, total, commune, project, programme,
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
        bind();
        binder.readBean(draft);
        showFieldsOfKind();
        showDonorFields();
    }

    /** Tells the listener what a visitor submitted, once every field is valid. */
    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /**
     * Checks every field at once, marking each one that is wrong; when all are right, fires a
     * {@link SubmitEvent}. Rules across fields (a total above the maximum) are checked after.
     */
    void submit() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            fireEvent(new SubmitEvent(this, submission()));
        } catch (UserFacingException problem) {
            if (!showProblem(problem)) {
                Notices.error(problem);
            }
        }
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

    private PledgeSubmission submission() {
        Commitment commitment = switch (draft.kind) {
            case DONATION -> Commitment.donation(Money.parse(draft.amount), draft.programme);
            case DIRECT_SPONSORSHIP -> Commitment.sponsorship(draft.children, draft.months,
                    Money.parse(draft.perChild), draft.programme, draft.commune == null ? null : draft.commune.id());
            case PROJECT_FUNDING -> draft.project == null
                    ? Commitment.projectFunding(Money.parse(draft.amount), draft.programme)
                    : Commitment.designated(PledgeKind.PROJECT_FUNDING, Money.parse(draft.amount), null, draft.project.id());
            case IN_KIND -> Commitment.inKind(draft.description, Money.parse(draft.amount));
        };
        if (designatable() && draft.project != null) {
            commitment = Commitment.designated(draft.kind, Money.parse(draft.amount), null, draft.project.id());
        }
        InstalmentPlan plan = new InstalmentPlan(draft.frequency, draft.firstDue,
                draft.count == null ? 0 : draft.count);
        return new PledgeSubmission(submissionKey, draft.website, commitment, plan, draft.organisation,
                draft.sector, draft.donorName, draft.taxCode, draft.contactName, draft.email, draft.phone,
                draft.address, getLocale(), draft.progressUpdates, draft.appeals, draft.mayBeNamed);
    }

    private void bind() {
        // The fields' own min, max and maxlength checks would refuse without a message; the rules
        // below check the same limits, from the same constants, and say which one was broken.
        binder.setDefaultValidatorsEnabled(false);
        String required = getTranslation("validation.required");
        binder.forField(kind).asRequired(getTranslation("pledges.error.kind-required"))
                .bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(amount).withValidator(onlyWhen(() -> kind.getValue() != PledgeKind.DIRECT_SPONSORSHIP,
                this::checkAmount)).bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(programme).withValidator(onlyWhen(() -> kind.getValue() == PledgeKind.PROJECT_FUNDING
                        && project.getValue() == null,
                value -> value == null ? "pledges.error.programme-required" : null))
                .bind(d -> d.programme, (d, v) -> d.programme = v);
        binder.forField(project).bind(d -> d.project, (d, v) -> d.project = v);
        binder.forField(children).withValidator(onlyWhen(this::sponsorship,
                value -> between(value, Commitment.MAX_CHILDREN) ? null : "pledges.error.children",
                Commitment.MAX_CHILDREN)).bind(d -> d.children, (d, v) -> d.children = v);
        binder.forField(months).withValidator(onlyWhen(this::sponsorship,
                value -> between(value, Commitment.MAX_MONTHS) ? null : "pledges.error.months",
                Commitment.MAX_MONTHS)).bind(d -> d.months, (d, v) -> d.months = v);
        binder.forField(perChild).withValidator(onlyWhen(this::sponsorship, this::checkAmount))
                .bind(d -> d.perChild, (d, v) -> d.perChild = v);
        binder.forField(commune).bind(d -> d.commune, (d, v) -> d.commune = v);
        binder.forField(description).withValidator(onlyWhen(() -> kind.getValue() == PledgeKind.IN_KIND,
                value -> value.isBlank() ? "pledges.error.description-required"
                        : value.strip().length() > Commitment.DESCRIPTION_LIMIT ? "pledges.error.description-too-long"
                        : null, Commitment.DESCRIPTION_LIMIT))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(frequency).asRequired(getTranslation("pledges.error.schedule-required"))
                .bind(d -> d.frequency, (d, v) -> d.frequency = v);
        binder.forField(firstDue).asRequired(getTranslation("pledges.error.schedule-required"))
                .withValidator(always(value -> value.isBefore(firstDue.getMin())
                        || value.isAfter(firstDue.getMax()) ? "pledges.error.first-due" : null))
                .bind(d -> d.firstDue, (d, v) -> d.firstDue = v);
        binder.forField(count).withValidator(onlyWhen(() -> frequency.getValue() != InstalmentFrequency.ONE_OFF,
                value -> between(value, InstalmentPlan.MAX_INSTALMENTS) ? null : "pledges.error.instalment-count",
                InstalmentPlan.MAX_INSTALMENTS)).bind(d -> d.count, (d, v) -> d.count = v);
        binder.forField(organisation).asRequired(required).bind(d -> d.organisation, (d, v) -> d.organisation = v);
        binder.forField(sector).withValidator(onlyWhen(this::isOrganisation,
                value -> value == null ? "pledges.error.sector-required" : null))
                .bind(d -> d.sector, (d, v) -> d.sector = v);
        binder.forField(donorName)
                .withValidator(always(value -> value.isBlank() ? "pledges.error.donor-name-required" : null))
                .withValidator((value, context) -> value.strip().length() <= donorNameLimit() ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("pledges.error.donor-name-too-long", donorNameLimit())))
                .bind(d -> d.donorName, (d, v) -> d.donorName = v);
        binder.forField(taxCode).withValidator(onlyWhen(this::isOrganisation, value -> value.isBlank()
                && (sector.getValue() == null || !sector.getValue().requiresTaxCode()) || TaxCode.isValid(value)
                ? null : TaxCode.INVALID_MESSAGE_KEY)).bind(d -> d.taxCode, (d, v) -> d.taxCode = v);
        binder.forField(contactName).withValidator(onlyWhen(this::isOrganisation, value -> value.isBlank()
                ? "pledges.error.contact-name-required"
                : value.strip().length() > PledgeSubmission.PERSON_NAME_LIMIT ? "pledges.error.contact-name-too-long"
                : null, PledgeSubmission.PERSON_NAME_LIMIT))
                .bind(d -> d.contactName, (d, v) -> d.contactName = v);
        binder.forField(email).withValidator(always(
                value -> EmailAddress.isValid(value) ? null : EmailAddress.INVALID_MESSAGE_KEY))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone).withValidator(always(
                value -> value.isBlank() || PhoneNumber.isValid(value) ? null : PhoneNumber.INVALID_MESSAGE_KEY))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(address).withValidator(always(
                value -> value.strip().length() > PledgeSubmission.ADDRESS_LIMIT ? "pledges.error.address-too-long"
                        : null, PledgeSubmission.ADDRESS_LIMIT)).bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(progressUpdates).bind(d -> d.progressUpdates, (d, v) -> d.progressUpdates = v);
        binder.forField(appeals).bind(d -> d.appeals, (d, v) -> d.appeals = v);
        binder.forField(mayBeNamed).bind(d -> d.mayBeNamed, (d, v) -> d.mayBeNamed = v);
        binder.forField(website).bind(d -> d.website, (d, v) -> d.website = v);
    }

    /**
     * A rule that holds only while its field is part of the form, told with a message key (and its
     * arguments) or passing with null: hidden fields of another kind of gift or donor are not checked.
     */
    private <T> Validator<T> always(Function<T, String> problem, Object... arguments) {
        return onlyWhen(() -> true, problem, arguments);
    }

    private <T> Validator<T> onlyWhen(BooleanSupplier applies,
            Function<T, String> problem, Object... arguments) {
        return (value, context) -> {
            String key = applies.getAsBoolean() ? problem.apply(value) : null;
            return key == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(key, arguments));
        };
    }

    private String checkAmount(String typed) {
        if (typed.isBlank()) {
            return "pledges.error.amount-positive";
        }
        try {
            Money money = Money.parse(typed);
            return !money.isPositive() ? "pledges.error.amount-positive"
                    : money.isGreaterThan(Money.MAX_PLEDGE) ? "pledges.error.amount-too-large" : null;
        } catch (UserFacingException notAnAmount) {
            return notAnAmount.messageKey();
        }
    }

    private static boolean between(Integer value, int max) {
        return value != null && value >= 1 && value <= max;
    }

    private boolean sponsorship() {
        return kind.getValue() == PledgeKind.DIRECT_SPONSORSHIP;
    }

    private boolean isOrganisation() {
        return Boolean.TRUE.equals(organisation.getValue());
    }

    private int donorNameLimit() {
        return isOrganisation() ? PledgeSubmission.ORGANISATION_NAME_LIMIT : PledgeSubmission.PERSON_NAME_LIMIT;
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
        boolean projects = designatable() && !project.getListDataView().getItems().toList().isEmpty();
        project.setVisible(projects);
        // A gift designated to a project goes to the project's programme: the programme is not asked then.
        boolean toProject = projects && project.getValue() != null;
        programme.setVisible(chosen != PledgeKind.IN_KIND && !toProject);
        programme.setRequiredIndicatorVisible(chosen == PledgeKind.PROJECT_FUNDING && !toProject);
        description.setVisible(chosen == PledgeKind.IN_KIND);
        frequency.setVisible(chosen != PledgeKind.IN_KIND);
        if (chosen == PledgeKind.IN_KIND) {
            frequency.setValue(InstalmentFrequency.ONE_OFF);
        }
    }

    /** Whether the chosen kind of gift may be designated to a project: money given outright. */
    private boolean designatable() {
        return kind.getValue() == PledgeKind.DONATION || kind.getValue() == PledgeKind.PROJECT_FUNDING;
    }

    private void showDonorFields() {
        boolean isOrganisation = isOrganisation();
        donorName.setMaxLength(donorNameLimit());
        donorName.setLabel(getTranslation(isOrganisation ? "pledges.field.organisation-name"
                : "pledges.field.full-name"));
        taxCode.setVisible(isOrganisation);
        sector.setVisible(isOrganisation);
        contactName.setVisible(isOrganisation);
        mayBeNamed.setLabel(getTranslation(isOrganisation ? "pledges.field.may-be-named"
                : "pledges.field.may-be-named.individual"));
    }

    /** A visitor submitted the form, and every field was valid. */
    static final class SubmitEvent extends ComponentEvent<PledgeForm> {

        private final transient PledgeSubmission submission;

        SubmitEvent(PledgeForm form, PledgeSubmission submission) {
            super(form, false);
            this.submission = submission;
        }

        PledgeSubmission submission() {
            return submission;
        }
    }

    /** What the fields hold; written only when every field is valid. */
    private static final class Draft {
        private PledgeKind kind = PledgeKind.DONATION;
        private String amount = "";
        private Programme programme;
        private FundraisingProject project;
        private Integer children;
        private Integer months;
        private String perChild = "";
        private FundUnitRef commune;
        private String description = "";
        private InstalmentFrequency frequency = InstalmentFrequency.ONE_OFF;
        private LocalDate firstDue;
        private Integer count = DEFAULT_INSTALMENTS;
        private Boolean organisation = true;
        private Sector sector = Sector.ENTERPRISE;
        private String donorName = "";
        private String taxCode = "";
        private String contactName = "";
        private String email = "";
        private String phone = "";
        private String address = "";
        private boolean progressUpdates;
        private boolean appeals;
        private boolean mayBeNamed;
        private String website = "";
    }
}
