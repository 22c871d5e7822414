package org.chungtay.donors;

/** A person who gives. The email address is the natural key; phone and address are optional. */
public record IndividualDetails(String name, String email, String phone, String address, String preferredLanguage,
        boolean mayBeNamed) implements DonorDetails {

    @Override
    public DonorType type() {
        return DonorType.INDIVIDUAL;
    }
}
