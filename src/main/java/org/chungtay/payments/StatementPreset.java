package org.chungtay.payments;

import org.chungtay.payments.statements.StatementLayout;

/**
 * A statement layout an accountant may choose: one of the built-in presets, or one a fund saved for its
 * bank's export, which serves the unit that saved it and every unit below.
 *
 * @param id null for a built-in preset
 * @param fundUnitId the unit that saved it; null for a built-in preset
 * @param fundUnitName the name of that unit; null for a built-in preset
 * @param deletable whether the caller may delete it: a fund's own preset of the caller's subtree
 */
public record StatementPreset(Long id, Long fundUnitId, String fundUnitName, StatementLayout layout, boolean deletable) {

    static StatementPreset builtIn(StatementLayout layout) {
        return new StatementPreset(null, null, null, layout, false);
    }

    public boolean isBuiltIn() {
        return id == null;
    }

    public String name() {
        return layout.name();
    }
}
