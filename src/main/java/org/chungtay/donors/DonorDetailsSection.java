package org.chungtay.donors;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the staff page of a donor, below the donor's own facts. The donors module knows
 * none of the modules that depend on it, so a module with something to show about a donor declares a bean of
 * this type; the page asks every such bean, in their {@code @Order}, each time it shows a donor. The ledger shows
 * where the donor's gifts went this way (DD025).
 */
@FunctionalInterface
public interface DonorDetailsSection {

    /** What to show about this donor to the person looking at it, if anything. */
    Optional<Component> create(DonorProfile donor);
}
