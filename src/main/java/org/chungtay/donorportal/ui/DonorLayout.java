package org.chungtay.donorportal.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.donors.DonorAccounts;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.LanguageSwitch;

/**
 * The frame of the donor portal's pages (DD029): the portal's name, whom the donor is signed in as, the language
 * switch (which becomes the donor's language for mail too) and sign-out, above three tabs: my giving, where it
 * went, preferences. Phone first: everything wraps at 375 px. Not the staff frame, whose menu and roles a donor
 * never sees.
 */
@RolesAllowed(DonorPrincipal.ROLE)
public class DonorLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Nav tabs = new Nav();

    public DonorLayout(AuthenticationContext authentication, DonorAccounts accounts) {
        addClassName("donor-layout");
        Anchor brand = new Anchor("/", getTranslation("app.name"));
        brand.setRouterIgnore(true);
        brand.setId("donor-brand");
        brand.addClassName("donor-brand");
        Span who = new Span(accounts.myName());
        who.setId("donor-name");
        who.addClassName("donor-name");
        LanguageSwitch language = new LanguageSwitch(locale -> accounts.setMyLanguage(locale.getLanguage()));
        Button signOut = new Button(getTranslation("donor-portal.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.setId("donor-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div tools = new Div(language, signOut);
        tools.addClassName("donor-tools");
        Header header = new Header(new Div(brand, who), tools);
        header.addClassName("donor-header");

        tabs.addClassName("donor-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("donor-portal.navigation"));
        tabs.add(tab("donor-tab-giving", "donor-portal.tab.giving", DonorPortalNavigation.HOME),
                tab("donor-tab-where", "donor-portal.tab.where", DonorPortalNavigation.WHERE_IT_WENT),
                tab("donor-tab-preferences", "donor-portal.tab.preferences", DonorPortalNavigation.PREFERENCES));
        add(header, tabs);
    }

    private Anchor tab(String id, String key, String route) {
        Anchor tab = new Anchor(route, getTranslation(key));
        tab.setId(id);
        tab.addClassName("donor-tab");
        return tab;
    }

    /** Marks the tab of the page shown (a pledge belongs to my giving; a project or child to where it went). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        String current = path.startsWith(DonorPortalNavigation.PREFERENCES) ? "donor-tab-preferences"
                : path.startsWith(DonorPortalNavigation.WHERE_IT_WENT) || path.startsWith(DonorPortalNavigation.PROJECT)
                        || path.startsWith(DonorPortalNavigation.CHILD) ? "donor-tab-where" : "donor-tab-giving";
        tabs.getChildren().forEach(tab -> {
            boolean here = tab.getId().map(current::equals).orElse(false);
            if (here) {
                tab.getElement().setAttribute("aria-current", "page");
            } else {
                tab.getElement().removeAttribute("aria-current");
            }
            tab.getElement().getClassList().set("donor-tab-current", here);
        });
    }
}
