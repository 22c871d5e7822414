package org.chungtay.shared;

/**
 * Whoever acts: a signed-in staff member, or the system itself (scheduled jobs, first-run setup).
 * Every principal is bound to a fund unit and acts only within that unit's subtree.
 */
public interface ScopedPrincipal {

    String username();

    Role role();

    long fundUnitId();

    /** Materialised path of the fund unit, such as {@code /1/5/}; {@code /} for the whole tree. */
    String fundUnitPath();
}
