package org.chungtay.people;

/** A staff member as a notice addresses them: their name, address and the language they chose. */
public record StaffAddressee(long id, String fullName, String email, String language) {
}
