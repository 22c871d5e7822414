package org.chungtay.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The record id in a staff view's address ({@code …/:id}): an address without a number is simply not found. */
public final class RouteIds {

    private RouteIds() {
    }

    public static long of(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
    }
}
