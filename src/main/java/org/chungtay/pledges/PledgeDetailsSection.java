package org.chungtay.pledges;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the staff page of a pledge, below the pledge's payments. The pledges module
 * knows none of the modules that depend on it, so a module with something to show about a pledge declares a
 * bean of this type; the page asks every such bean, in their {@code @Order}, each time it shows the pledge. The
 * children module shows a direct sponsorship's matched children this way, as pseudonyms (DD026).
 */
@FunctionalInterface
public interface PledgeDetailsSection {

    /** What to show for this pledge to the person looking at it, if anything. */
    Optional<Component> create(Pledge pledge);
}
