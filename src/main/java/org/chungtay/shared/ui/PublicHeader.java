package org.chungtay.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/** The small header of the public pages: product name, language switch, and the way in for staff. */
public class PublicHeader extends Header {

    public PublicHeader() {
        addClassName("public-header");
        Anchor brand = new Anchor("campaigns", getTranslation("app.name"));
        brand.setId("public-brand");
        brand.setRouterIgnore(true);   // a plain page (DD012), not a Vaadin view
        brand.addClassName("public-brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("public-tagline");
        Div name = new Div(brand, tagline);
        name.addClassName("public-name");
        Anchor signIn = new Anchor("login", getTranslation("public.staff-sign-in"));
        signIn.setId("public-staff-sign-in");
        signIn.addClassName("public-sign-in");
        // The switch remembers the choice in this browser (a cookie); there is no account to store it in.
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        Div tools = new Div(language, signIn);
        tools.addClassName("public-tools");
        add(name, tools);
    }
}
