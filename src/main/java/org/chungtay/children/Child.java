package org.chungtay.children;

import java.time.Instant;

/** A child as caseworkers see it: everything in the register, with the name of the child's commune. */
public record Child(long id, String code, ChildEntry entry, String communeName, String fundUnitPath,
        Instant registeredAt) {
}
