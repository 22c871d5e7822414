package org.chungtay.people.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffSummary;
import org.chungtay.shared.Role;

/**
 * The fields of a staff account. It only validates and hands over what was typed; the view calls
 * the service. The user name is chosen once, when the account is opened.
 */
class UserForm extends Composite<FormLayout> {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<FundUnitRef> fundUnit = new ComboBox<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    UserForm(List<FundUnitRef> units, StaffSummary existing) {
        username.setId("user-username");
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.field.username.help"));
        username.setMaxLength(60);
        fullName.setId("user-full-name");
        fullName.setLabel(getTranslation("users.field.full-name"));
        fullName.setMaxLength(150);
        email.setId("user-email");
        email.setLabel(getTranslation("users.field.email"));
        email.setMaxLength(254);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("users.error.email-invalid"))
                .setMaxLengthErrorMessage(getTranslation("validation.too-long", 254))
                .setRequiredErrorMessage(getTranslation("validation.required")));
        role.setId("user-role");
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        fundUnit.setId("user-fund-unit");
        fundUnit.setLabel(getTranslation("users.field.fund-unit"));
        fundUnit.setItems(units.stream().filter(FundUnitRef::active).toList());
        fundUnit.setItemLabelGenerator(FundUnitRef::name);

        if (existing == null) {
            binder.forField(username).asRequired(getTranslation("validation.required"))
                    .withValidator(new RegexpValidator(getTranslation("users.error.username-invalid"),
                            "\\s*[a-zA-Z0-9][a-zA-Z0-9._-]{2,59}\\s*"))
                    .bind(d -> d.username, (d, v) -> d.username = v);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            draft.fullName = existing.fullName();
            draft.email = existing.email();
            draft.role = existing.role();
            draft.fundUnit = units.stream().filter(u -> u.id() == existing.fundUnitId()).findFirst().orElse(null);
        }
        binder.forField(fullName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long", 150), 1, 150))
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("users.error.email-invalid")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(role).asRequired(getTranslation("validation.required"))
                .bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(fundUnit).asRequired(getTranslation("validation.required"))
                .bind(d -> d.fundUnit, (d, v) -> d.fundUnit = v);
        binder.readBean(draft);

        getContent().add(username, fullName, email, role, fundUnit);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("520px", 2));
    }

    /** Hands the typed values over when they are valid; otherwise marks the fields that are not. */
    void submit(Consumer<Submitted> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new Submitted(draft.username,
                    new StaffDetails(draft.fullName, draft.email, draft.role, draft.fundUnit.id())));
        }
    }

    record Submitted(String username, StaffDetails details) {
    }

    private static final class Draft {
        private String username;
        private String fullName;
        private String email;
        private Role role;
        private FundUnitRef fundUnit;
    }
}
