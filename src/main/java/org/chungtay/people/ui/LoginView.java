package org.chungtay.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.LanguageSwitch;
import org.chungtay.shared.ui.StaffHome;

/** Staff sign-in. In Vietnamese unless this browser chose English before. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("login-view");
        addClassName("login-view");

        Div brand = new Div();
        brand.addClassName("login-brand");
        H1 product = new H1(getTranslation("app.name"));
        product.setId("product-name");
        brand.add(product, new Paragraph(getTranslation("app.tagline")));

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div card = new Div(brand, form, new Paragraph(getTranslation("login.help")));
        card.addClassName("login-card");
        Div language = new Div(new LanguageSwitch(locale -> {
        }));
        language.addClassName("login-language");
        add(language, card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (DonorPrincipal.current().isPresent()) {
            event.forwardTo(DonorPortalNavigation.HOME);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo(StaffHome.ROUTE);
            return;
        }
        // One message for every refusal (wrong password, unknown username, an account or address that
        // must wait), so that the page never tells whether an account exists (DD004).
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
