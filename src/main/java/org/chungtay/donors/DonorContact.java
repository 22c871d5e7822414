package org.chungtay.donors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of an organisation, as kept with the donor (or with a claim). */
@Embeddable
class DonorContact {

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 100)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    protected DonorContact() {
    }

    /** From details that {@link DonorChecks} has checked. */
    DonorContact(ContactDetails checked) {
        this.name = checked.name();
        this.role = checked.role();
        this.email = checked.email();
        this.phone = checked.phone();
    }

    ContactDetails details() {
        return new ContactDetails(name, role, email, phone);
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    @Override
    public String toString() {
        return name + (role == null ? "" : " (" + role + ")") + (email == null ? "" : " " + email)
                + (phone == null ? "" : " " + phone);
    }
}
