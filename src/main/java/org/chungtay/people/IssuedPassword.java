package org.chungtay.people;

/** A temporary password, shown once to the administrator who set it and never stored in clear. */
public record IssuedPassword(String username, String password) {
}
