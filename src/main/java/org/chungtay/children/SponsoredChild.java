package org.chungtay.children;

/**
 * A child matched to one of the signed-in donor's sponsorships, as the donor portal shows it (DD026): the
 * pseudonym code, the initial of the given name (the given name itself only while consent shares it), the birth
 * year and the commune. Nothing else of the register: no full name, guardian, address or school, no internal id.
 *
 * @param sharedGivenName the given name, or null while consent does not share it
 */
public record SponsoredChild(String code, String initial, String sharedGivenName, int birthYear, String communeName) {

    static SponsoredChild of(Pseudonym pseudonym) {
        return new SponsoredChild(pseudonym.code(), pseudonym.initial(), pseudonym.sharedGivenName(),
                pseudonym.birthYear(), pseudonym.communeName());
    }

    /** The given name while shared, else its initial: how the child is called on the donor's pages. */
    public String name() {
        return sharedGivenName != null ? sharedGivenName : initial + ".";
    }
}
