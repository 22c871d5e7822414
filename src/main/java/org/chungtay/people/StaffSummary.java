package org.chungtay.people;

import org.chungtay.shared.Role;

/** A staff account as the user list shows it. */
public record StaffSummary(long id, String username, String fullName, String email, Role role, long fundUnitId,
        String fundUnitName, boolean active) {
}
