package org.chungtay.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;

/** The title row of a view: a heading and the view's main actions, wrapping on a phone. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title, Component... actionComponents) {
        addClassName("view-header");
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        actions.addClassName("view-actions");
        actions.add(actionComponents);
        add(heading, actions);
    }
}
