package org.chungtay.donors;

import java.util.List;

import org.chungtay.shared.TaxCode;

/**
 * An organisation donor. The tax code is its natural key; it may be missing only for sectors
 * that need none (see {@link Sector#requiresTaxCode()}).
 */
public record OrganisationDetails(String name, TaxCode taxCode, Sector sector, String address,
        String representativeName, String representativeTitle, List<ContactDetails> contacts,
        String preferredLanguage, boolean mayBeNamed) implements DonorDetails {

    public OrganisationDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    @Override
    public DonorType type() {
        return DonorType.ORGANISATION;
    }
}
