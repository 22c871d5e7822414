package org.chungtay.donors.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorLimits;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FieldProblems;
import org.springframework.modulith.NamedInterface;

/**
 * One contact person of an organisation: name (required), role, email and phone, each checked as the donor
 * register checks them. Staff edit contacts as rows of the donor form; a contact of the organisation edits them
 * one at a time on the donor portal, in a dialog. It only validates and hands over what was typed; the view
 * calls the service and gives back what the service refused ({@link #showProblem}). Open to other modules' views
 * as the named interface "contact-form". Ids: {@code donor-contact-name<suffix>}, {@code -role}, {@code -email},
 * {@code -phone}.
 */
@NamedInterface("contact-form")
public class ContactForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField role = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final FieldProblems problems = new FieldProblems();

    /**
     * @param idSuffix appended to each field's id, so that several forms on one page keep theirs apart
     * @param existing the contact as it is, or one with empty values for a new contact
     */
    public ContactForm(String idSuffix, ContactDetails existing) {
        FormLayout fields = getContent();
        fields.addClassName("contact-form");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        name.setLabel(getTranslation("donors.contact.name"));
        name.setId("donor-contact-name" + idSuffix);
        name.setMaxLength(DonorLimits.PERSON_NAME);
        role.setLabel(getTranslation("donors.contact.role"));
        role.setId("donor-contact-role" + idSuffix);
        role.setMaxLength(DonorLimits.ROLE);
        email.setLabel(getTranslation("donors.contact.email"));
        email.setId("donor-contact-email" + idSuffix);
        email.setMaxLength(DonorLimits.EMAIL);
        phone.setLabel(getTranslation("donors.contact.phone"));
        phone.setId("donor-contact-phone" + idSuffix);
        phone.setMaxLength(DonorLimits.PHONE_TYPED);

        binder.forField(name).asRequired(getTranslation("donors.error.contact-name-required"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(role).bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(email)
                .withValidator(value -> value.isBlank() || EmailAddress.isValid(value),
                        getTranslation(EmailAddress.INVALID_MESSAGE_KEY))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || PhoneNumber.isValid(value),
                        getTranslation(PhoneNumber.INVALID_MESSAGE_KEY))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        problems.on(name, "donors.error.contact-name-required", "donors.error.too-long");
        problems.on(email, EmailAddress.INVALID_MESSAGE_KEY, "donor-portal.preferences.error.contact-email-taken",
                "donor-portal.preferences.error.contact-email-needed", "donor-portal.preferences.error.contact-self");
        problems.on(phone, PhoneNumber.INVALID_MESSAGE_KEY);

        draft.name = orEmpty(existing.name());
        draft.role = orEmpty(existing.role());
        draft.email = orEmpty(existing.email());
        draft.phone = orEmpty(existing.phone());
        binder.readBean(draft);
        fields.add(name, role, email, phone);
    }

    /** A form for a new contact. */
    public ContactForm(String idSuffix) {
        this(idSuffix, new ContactDetails("", "", "", ""));
    }

    /** Marks every field that is not valid; true when all are. */
    public boolean validate() {
        return binder.writeBeanIfValid(draft);
    }

    /** The contact as typed; read after {@link #validate()} said yes. */
    public ContactDetails value() {
        return new ContactDetails(draft.name, draft.role, draft.email.toLowerCase(Locale.ROOT), draft.phone);
    }

    /** Hands the contact over when every field is valid; otherwise marks the fields that are not. */
    public void submit(Consumer<ContactDetails> onValid) {
        if (validate()) {
            onValid.accept(value());
        }
    }

    /**
     * Shows what the service refused next to the field it concerns, in the user's language.
     *
     * @return false if the problem belongs to no single field; the caller then shows it otherwise
     */
    public boolean showProblem(UserFacingException problem) {
        return problems.show(this, problem);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static final class Draft {
        private String name = "";
        private String role = "";
        private String email = "";
        private String phone = "";
    }
}
