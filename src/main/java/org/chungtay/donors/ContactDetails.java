package org.chungtay.donors;

/** A person to talk to at an organisation donor. Only the name is required. */
public record ContactDetails(String name, String role, String email, String phone) {
}
