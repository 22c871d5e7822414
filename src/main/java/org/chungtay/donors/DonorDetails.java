package org.chungtay.donors;

/**
 * What is filled in for a donor, by staff or on an online pledge form. The service checks and
 * normalises it (trims, lower-cases emails, canonical phone numbers) before keeping it.
 */
public sealed interface DonorDetails permits OrganisationDetails, IndividualDetails {

    /** The organisation's name, or the person's full name. */
    String name();

    String address();

    /** {@code vi} or {@code en}; Vietnamese when not given. */
    String preferredLanguage();

    /** Whether the donor agreed to appear by name on the public honour roll and ledger. */
    boolean mayBeNamed();

    DonorType type();
}
