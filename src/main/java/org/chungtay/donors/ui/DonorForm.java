package org.chungtay.donors.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorDetails;
import org.chungtay.donors.DonorLimits;
import org.chungtay.donors.DonorType;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;

/**
 * The fields of a donor, an organisation or a person. It only validates and hands over what was
 * typed, with messages next to the fields; the view calls the service and gives back what the
 * service refused ({@link #showProblem}). A new donor also gets its owning unit and its opt-ins,
 * which start unticked: consent is given, never assumed. An existing donor's consent is changed in
 * the details view, where its history is.
 */
class DonorForm extends Composite<Div> {

    private static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Set<String> TAX_CODE_PROBLEMS = Set.of(TaxCode.INVALID_MESSAGE_KEY,
            "donors.error.tax-code-required", "donors.error.tax-code-taken", "donors.error.tax-code-elsewhere");
    private static final Set<String> EMAIL_PROBLEMS = Set.of("donors.error.email-invalid",
            "donors.error.email-required", "donors.error.email-taken", "donors.error.email-elsewhere");

    private final DonorType type;
    private final boolean creating;
    private final TextField name = new TextField();
    private final TextField taxCode = new TextField();
    private final Select<Sector> sector = new Select<>();
    private final TextField address = new TextField();
    private final TextField representativeName = new TextField();
    private final TextField representativeTitle = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<String> language = new Select<>();
    private final Checkbox mayBeNamed = new Checkbox();
    private final ComboBox<FundUnitRef> fundUnit = new ComboBox<>();
    private final Checkbox progressUpdates = new Checkbox();
    private final Checkbox appeals = new Checkbox();
    private final ContactsEditor contacts;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    private DonorForm(DonorType type, List<FundUnitRef> units, Long defaultUnitId, DonorDetails existing) {
        this.type = type;
        this.creating = existing == null;
        this.contacts = new ContactsEditor();
        getContent().addClassName("donor-form");
        getContent().setId("donor-form");

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        configureFields(units);
        if (existing != null) {
            draft.read(existing);
        } else {
            draft.fundUnit = units.stream().filter(u -> defaultUnitId != null && u.id() == defaultUnitId)
                    .findFirst().orElse(null);
        }
        bind();
        binder.readBean(draft);

        fields.add(name);
        if (type == DonorType.ORGANISATION) {
            fields.add(taxCode, sector, address, representativeName, representativeTitle);
            fields.setColspan(address, 2);
        } else {
            fields.add(email, phone, address);
            fields.setColspan(address, 2);
        }
        fields.add(language);
        if (creating) {
            fields.add(fundUnit);
        }
        fields.add(mayBeNamed);
        fields.setColspan(mayBeNamed, 2);
        getContent().add(fields);
        if (type == DonorType.ORGANISATION) {
            contacts.setRows(existing instanceof OrganisationDetails organisation ? organisation.contacts() : List.of());
            getContent().add(contacts);
        }
        if (creating) {
            getContent().add(optInsSection());
        }
    }

    /** A form for a new donor of the type, owned by one of the units (the default preselected). */
    static DonorForm forNew(DonorType type, List<FundUnitRef> units, long defaultUnitId) {
        return new DonorForm(type, units.stream().filter(FundUnitRef::active).toList(), defaultUnitId, null);
    }

    /** A form for changing a donor's details; its owner and consent are not changed here. */
    static DonorForm forEdit(DonorDetails existing) {
        return new DonorForm(existing.type(), List.of(), null, existing);
    }

    private void configureFields(List<FundUnitRef> units) {
        name.setId("donor-name");
        name.setLabel(getTranslation(type == DonorType.ORGANISATION ? "donors.field.name" : "donors.field.full-name"));
        name.setMaxLength(type == DonorType.ORGANISATION ? DonorLimits.NAME : DonorLimits.PERSON_NAME);
        name.setRequiredIndicatorVisible(true);
        taxCode.setId("donor-tax-code");
        taxCode.setLabel(getTranslation("donors.field.tax-code"));
        taxCode.setHelperText(getTranslation("donors.field.tax-code.help"));
        taxCode.setMaxLength(20);
        sector.setId("donor-sector");
        sector.setLabel(getTranslation("donors.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        sector.setRequiredIndicatorVisible(true);
        address.setId("donor-address");
        address.setLabel(getTranslation("donors.field.address"));
        address.setMaxLength(DonorLimits.ADDRESS);
        representativeName.setId("donor-representative-name");
        representativeName.setLabel(getTranslation("donors.field.representative-name"));
        representativeName.setMaxLength(DonorLimits.PERSON_NAME);
        representativeTitle.setId("donor-representative-title");
        representativeTitle.setLabel(getTranslation("donors.field.representative-title"));
        representativeTitle.setMaxLength(DonorLimits.TITLE);
        email.setId("donor-email");
        email.setLabel(getTranslation("donors.field.email"));
        email.setMaxLength(DonorLimits.EMAIL);
        email.setRequiredIndicatorVisible(true);
        phone.setId("donor-phone");
        phone.setLabel(getTranslation("donors.field.phone"));
        phone.setHelperText(getTranslation("donors.field.phone.help"));
        phone.setMaxLength(DonorLimits.PHONE_TYPED);
        language.setId("donor-language");
        language.setLabel(getTranslation("donors.field.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> code == null ? "" : getTranslation("donors.language." + code));
        mayBeNamed.setId("donor-may-be-named");
        mayBeNamed.setLabel(getTranslation("donors.field.may-be-named"));
        fundUnit.setId("donor-fund-unit");
        fundUnit.setLabel(getTranslation("donors.field.fund-unit"));
        fundUnit.setItems(units);
        fundUnit.setItemLabelGenerator(FundUnitRef::name);
        progressUpdates.setId("donor-opt-in-progress-updates");
        progressUpdates.setLabel(getTranslation(ConsentCategory.PROGRESS_UPDATES.labelKey()));
        appeals.setId("donor-opt-in-appeals");
        appeals.setLabel(getTranslation(ConsentCategory.APPEALS.labelKey()));
    }

    private void bind() {
        String required = getTranslation("validation.required");
        int nameLimit = type == DonorType.ORGANISATION ? DonorLimits.NAME : DonorLimits.PERSON_NAME;
        binder.forField(name).asRequired(getTranslation("donors.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("donors.error.too-long", nameLimit), 1, nameLimit))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(address).withValidator(atMost(DonorLimits.ADDRESS))
                .bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(language).asRequired(required).bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(mayBeNamed).bind(d -> d.mayBeNamed, (d, v) -> d.mayBeNamed = v);
        if (type == DonorType.ORGANISATION) {
            binder.forField(sector).asRequired(getTranslation("donors.error.sector-required"))
                    .bind(d -> d.sector, (d, v) -> d.sector = v);
            Binding<Draft, String> taxCodeBinding = binder.forField(taxCode)
                    .withValidator(value -> !value.isBlank() || sector.getValue() == null
                            || !sector.getValue().requiresTaxCode(), getTranslation("donors.error.tax-code-required"))
                    .withValidator(value -> value.isBlank() || TaxCode.isValid(value),
                            getTranslation(TaxCode.INVALID_MESSAGE_KEY))
                    .bind(d -> d.taxCode, (d, v) -> d.taxCode = v);
            sector.addValueChangeListener(change -> {
                if (change.isFromClient() && (!taxCode.isEmpty() || taxCode.isInvalid())) {
                    taxCodeBinding.validate();
                }
            });
            binder.forField(representativeName).withValidator(atMost(DonorLimits.PERSON_NAME))
                    .bind(d -> d.representativeName, (d, v) -> d.representativeName = v);
            binder.forField(representativeTitle).withValidator(atMost(DonorLimits.TITLE))
                    .bind(d -> d.representativeTitle, (d, v) -> d.representativeTitle = v);
        } else {
            binder.forField(email).asRequired(getTranslation("donors.error.email-required"))
                    .withValidator(EmailAddress::isValid, getTranslation(EmailAddress.INVALID_MESSAGE_KEY))
                    .bind(d -> d.email, (d, v) -> d.email = v);
            binder.forField(phone)
                    .withValidator(value -> value.isBlank() || PhoneNumber.isValid(value),
                            getTranslation(PhoneNumber.INVALID_MESSAGE_KEY))
                    .bind(d -> d.phone, (d, v) -> d.phone = v);
        }
        if (creating) {
            binder.forField(fundUnit).asRequired(required).bind(d -> d.fundUnit, (d, v) -> d.fundUnit = v);
            binder.forField(progressUpdates).bind(d -> d.progressUpdates, (d, v) -> d.progressUpdates = v);
            binder.forField(appeals).bind(d -> d.appeals, (d, v) -> d.appeals = v);
        }
    }

    /** The server-side twin of a field's maxlength, which a crafted client ignores. */
    private StringLengthValidator atMost(int limit) {
        return new StringLengthValidator(getTranslation("donors.error.too-long", limit), 0, limit);
    }

    private Div optInsSection() {
        Div section = new Div(new H4(getTranslation("donors.field.consents")),
                new Paragraph(getTranslation("donors.field.consents.help")), progressUpdates, appeals);
        section.addClassName("donor-opt-ins");
        return section;
    }

    /** Hands the typed values over when they are all valid; otherwise marks the fields that are not. */
    void submit(Consumer<Submitted> onValid) {
        boolean contactsValid = type != DonorType.ORGANISATION || contacts.validate();
        if (binder.writeBeanIfValid(draft) && contactsValid) {
            Set<ConsentCategory> optIns = EnumSet.noneOf(ConsentCategory.class);
            if (draft.progressUpdates) {
                optIns.add(ConsentCategory.PROGRESS_UPDATES);
            }
            if (draft.appeals) {
                optIns.add(ConsentCategory.APPEALS);
            }
            onValid.accept(new Submitted(details(), draft.fundUnit == null ? null : draft.fundUnit.id(), optIns));
        }
    }

    private DonorDetails details() {
        if (type == DonorType.ORGANISATION) {
            return new OrganisationDetails(draft.name, blank(draft.taxCode) ? null : TaxCode.parse(draft.taxCode),
                    draft.sector, draft.address, draft.representativeName, draft.representativeTitle, contacts.values(),
                    draft.language, draft.mayBeNamed);
        }
        return new IndividualDetails(draft.name, draft.email, draft.phone, draft.address, draft.language,
                draft.mayBeNamed);
    }

    /**
     * Shows what the service refused next to the field it concerns, in the user's language.
     *
     * @return false if the problem belongs to no single field; the caller then shows it otherwise
     */
    boolean showProblem(UserFacingException problem) {
        String key = problem.messageKey();
        HasValidation field = TAX_CODE_PROBLEMS.contains(key) ? taxCode
                : EMAIL_PROBLEMS.contains(key) && type == DonorType.INDIVIDUAL ? email
                : key.equals(PhoneNumber.INVALID_MESSAGE_KEY) && type == DonorType.INDIVIDUAL ? phone
                : key.equals("donors.error.name-required") ? name
                : key.equals("donors.error.sector-required") ? sector
                : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(key, problem.arguments()));
        field.setInvalid(true);
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** What the form hands over: the details, and for a new donor its owning unit and opt-ins. */
    record Submitted(DonorDetails details, Long fundUnitId, Set<ConsentCategory> optIns) {
    }

    private static final class Draft {
        private String name = "";
        private String taxCode = "";
        private Sector sector;
        private String address = "";
        private String representativeName = "";
        private String representativeTitle = "";
        private String email = "";
        private String phone = "";
        private String language = "vi";
        private boolean mayBeNamed;
        private FundUnitRef fundUnit;
        private boolean progressUpdates;
        private boolean appeals;

        void read(DonorDetails details) {
            name = details.name();
            address = orEmpty(details.address());
            language = details.preferredLanguage();
            mayBeNamed = details.mayBeNamed();
            if (details instanceof OrganisationDetails organisation) {
                taxCode = organisation.taxCode() == null ? "" : organisation.taxCode().value();
                sector = organisation.sector();
                representativeName = orEmpty(organisation.representativeName());
                representativeTitle = orEmpty(organisation.representativeTitle());
            } else if (details instanceof IndividualDetails individual) {
                email = orEmpty(individual.email());
                phone = orEmpty(individual.phone());
            }
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /**
     * The contact people of an organisation: any number of rows, each validated on its own. Rows are
     * numbered as they are added, so ids stay the same when a row above is removed.
     */
    private final class ContactsEditor extends Div {

        private final Div rows = new Div();
        private final Map<Integer, ContactRow> byNumber = new LinkedHashMap<>();
        private final Button add = new Button();
        private int next;

        ContactsEditor() {
            setId("donor-contacts");
            addClassName("donor-contacts");
            add.setId("donor-contact-add");
            add.setText(getTranslation("donors.contact.add"));
            add.setIcon(VaadinIcon.PLUS.create());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addClickListener(click -> addRow(new ContactDetails("", "", "", "")));
            add(new H4(getTranslation("donors.contacts")), rows, add);
        }

        void setRows(List<ContactDetails> existing) {
            rows.removeAll();
            byNumber.clear();
            existing.forEach(this::addRow);
        }

        private void addRow(ContactDetails contact) {
            if (byNumber.size() >= DonorLimits.CONTACTS) {
                return;
            }
            int number = next++;
            ContactRow row = new ContactRow(number, contact, () -> {
                rows.remove(byNumber.remove(number));
                add.setEnabled(true);
            });
            byNumber.put(number, row);
            rows.add(row);
            add.setEnabled(byNumber.size() < DonorLimits.CONTACTS);
        }

        boolean validate() {
            boolean valid = true;
            for (ContactRow row : byNumber.values()) {
                valid &= row.validate();
            }
            return valid;
        }

        List<ContactDetails> values() {
            List<ContactDetails> values = new ArrayList<>();
            byNumber.values().forEach(row -> values.add(row.value()));
            return values;
        }
    }

    /** A contact's fields and the button that removes the row, numbered as {@link ContactsEditor} counts. */
    private final class ContactRow extends Div {

        private final ContactForm form;

        ContactRow(int number, ContactDetails existing, Runnable remove) {
            addClassName("donor-contact-row");
            form = new ContactForm("-" + number, existing);
            Button removeButton = new Button(getTranslation("donors.contact.remove"), VaadinIcon.TRASH.create(),
                    click -> remove.run());
            removeButton.setId("donor-contact-remove-" + number);
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            removeButton.addClassName("donor-contact-remove");
            add(form, removeButton);
        }

        boolean validate() {
            return form.validate();
        }

        ContactDetails value() {
            return form.value();
        }
    }
}
