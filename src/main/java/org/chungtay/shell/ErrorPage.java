package org.chungtay.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly page behind every error: what happened in plain words, and a way back. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        setId("error-view");
        addClassName("error-view");
    }

    void show(String titleKey, String message) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        Paragraph text = new Paragraph(message);
        text.setId("error-message");
        Anchor home = new Anchor("", getTranslation("error.go-home"));
        home.setRouterIgnore(true);   // the front door is a plain page (DD012), not a Vaadin view
        home.setId("error-home");
        add(title, text, home);
    }
}
