package org.chungtay.people.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.people.StaffPrincipal;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.StaffHome;
import org.chungtay.shared.ui.ViewHeader;

/** Choose one's own password; also where a temporary password leads after sign-in. */
@Route("account/password")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
public class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(StaffUserService users, AuthenticationContext authentication) {
        setId("change-password-view");
        addClassName("form-view");
        StaffPrincipal me = authentication.getAuthenticatedUser(StaffPrincipal.class).orElseThrow();

        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField chosen = new PasswordField(getTranslation("password.new"));
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("password.rules"));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("repeat-password");

        Button save = new Button(getTranslation("action.save"), click -> {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.error.mismatch"));
                repeated.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(me, current.getValue(), chosen.getValue());
                Notices.success("password.changed");
                getUI().ifPresent(ui -> ui.navigate(StaffHome.ROUTE));
            } catch (UserFacingException problem) {
                PasswordField field = problem.messageKey().equals("password.error.current-wrong") ? current : chosen;
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout fields = new FormLayout(current, chosen, repeated);
        fields.setMaxWidth("28rem");
        add(new ViewHeader(getTranslation("password.title")));
        if (me.mustChangePassword()) {
            add(new Paragraph(getTranslation("password.must-change")));
        }
        add(fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
