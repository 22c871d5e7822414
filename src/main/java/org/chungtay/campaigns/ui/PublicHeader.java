package org.chungtay.campaigns.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.shared.ui.LanguageSwitch;

/** The small header of the public pages: product name, language switch, and the way in for staff. */
class PublicHeader extends Header {

    PublicHeader() {
        addClassName("public-header");
        Anchor brand = new Anchor(CampaignsNavigation.PUBLIC_LIST, getTranslation("app.name"));
        brand.setId("public-brand");
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
