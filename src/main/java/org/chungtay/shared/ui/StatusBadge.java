package org.chungtay.shared.ui;

import com.vaadin.flow.component.html.Span;

/** "Active" or "Inactive", as a small coloured label in lists. */
public class StatusBadge extends Span {

    public StatusBadge(boolean active) {
        setText(getTranslation(active ? "status.active" : "status.inactive"));
        addClassName("badge");
        if (active) {
            addClassName("badge-success");
        }
    }
}
