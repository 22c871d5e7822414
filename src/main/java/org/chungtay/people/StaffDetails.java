package org.chungtay.people;

import org.chungtay.shared.Role;

/** What an administrator fills in for a staff account. */
public record StaffDetails(String fullName, String email, Role role, long fundUnitId) {
}
