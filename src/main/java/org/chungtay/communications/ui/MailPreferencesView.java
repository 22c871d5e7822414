package org.chungtay.communications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.MailChoiceLinks;
import org.chungtay.donors.ConsentByLink.LinkedDonor;
import org.chungtay.donors.ui.DonorPreferencesForm;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.PublicHeader;

/**
 * Where the preferences link of an email leads, without signing in: the donor, by name only, chooses the news
 * they get by email and the language of every email. It opens in the donor's language unless this browser chose
 * one with the switch. The signed token in the address is the only proof; one this portal did not sign shows
 * only that the link is not valid. Saving records consent events and is audited in the donors module (DD022).
 */
@Route(value = CommunicationsNavigation.MAIL_PREFERENCES + "/:token", autoLayout = false)
@AnonymousAllowed
class MailPreferencesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MailChoiceLinks choices;
    private final Main main = new Main();
    private String title = "";

    MailPreferencesView(MailChoiceLinks choices) {
        this.choices = choices;
        setId("mail-preferences-view");
        addClassName("public-page");
        main.addClassName("public-main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var donor = choices.preferences(token);
        if (donor.isPresent() && Languages.fromCookie(VaadinRequest.getCurrent()).isEmpty()) {
            UI ui = event.getUI();
            ui.setLocale(Languages.of(donor.get().language()));
            ui.getElement().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        }
        removeAll();
        main.removeAll();
        add(new PublicHeader(), main);
        donor.ifPresentOrElse(found -> show(token, found), this::showInvalid);
    }

    private void show(String token, LinkedDonor donor) {
        title = getTranslation("preferences.title");
        H1 heading = new H1(title);
        heading.setId("mail-preferences-title");
        Paragraph greeting = new Paragraph(getTranslation("preferences.greeting", donor.name()));
        greeting.setId("mail-preferences-greeting");
        DonorPreferencesForm form = new DonorPreferencesForm("mail-preferences", donor.language(), donor.receiving());
        form.addSaveListener(save -> Notices.attempt(() -> choices.choose(token, save.receiving(), save.language())
                .ifPresentOrElse(saved -> {
                    form.show(saved.language(), saved.receiving());
                    Notices.success("preferences.saved");
                }, this::showInvalid)));
        main.add(heading, greeting, new Paragraph(getTranslation("preferences.intro")), form);
    }

    private void showInvalid() {
        title = getTranslation("unsubscribe.invalid.title");
        main.removeAll();
        H1 heading = new H1(title);
        heading.setId("mail-preferences-title");
        Paragraph message = new Paragraph(getTranslation("unsubscribe.invalid.message"));
        message.setId("mail-preferences-invalid");
        main.add(heading, message);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
