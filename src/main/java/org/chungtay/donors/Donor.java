package org.chungtay.donors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.shared.SearchText;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;

/**
 * A donor: an organisation, found by its tax code, or a person, found by email. Both keys are
 * unique, so the same giver is not recorded twice.
 *
 * <p>Lifecycle. A donor is <em>registered</em> by staff or by an online pledge, and belongs to the
 * fund unit that recorded it: staff of that unit's subtree see and change it. Staff may
 * <em>merge</em> it into another record of the same type that turned out to be the same giver; it
 * then keeps only its identity and {@code mergedIntoId}, so that references held elsewhere still
 * resolve to the survivor, drops out of lists and lookups, and refuses further changes. Nothing is
 * ever deleted. Consent is not kept here but as a history of {@link ConsentEvent}s.
 */
@Entity
@Table(name = "donor")
class Donor {

    static final int SEARCH_TEXT_LIMIT = 600;
    static final int PATH_LIMIT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DonorType kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Sector sector;

    @Column(name = "representative_name", length = 150)
    private String representativeName;

    @Column(name = "representative_title", length = 150)
    private String representativeTitle;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(length = 500)
    private String address;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage;

    @Column(name = "may_be_named", nullable = false)
    private boolean mayBeNamed;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(name = "fund_unit_path", nullable = false, length = PATH_LIMIT)
    private String fundUnitPath;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LIMIT)
    private String searchText;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @ElementCollection
    @CollectionTable(name = "donor_contact", joinColumns = @JoinColumn(name = "donor_id"))
    @OrderColumn(name = "sort_order")
    private List<DonorContact> contacts = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Donor() {
    }

    /** A new donor from details that {@link DonorChecks} has checked, owned by the given unit. */
    Donor(DonorDetails checked, long fundUnitId, String fundUnitPath) {
        if (fundUnitPath.length() > PATH_LIMIT) {
            throw new IllegalStateException("Fund unit path longer than donors can keep: " + fundUnitPath);
        }
        this.publicId = UUID.randomUUID().toString();
        this.kind = checked.type();
        this.fundUnitId = fundUnitId;
        this.fundUnitPath = fundUnitPath;
        this.createdAt = Instant.now();
        apply(checked);
    }

    /** Replaces the details with checked ones of the same type. */
    void update(DonorDetails checked) {
        requireNotMerged();
        if (checked.type() != kind) {
            throw new UserFacingException("donors.error.type-changed");
        }
        apply(checked);
    }

    private void apply(DonorDetails checked) {
        this.name = checked.name();
        this.address = checked.address();
        this.preferredLanguage = checked.preferredLanguage();
        this.mayBeNamed = checked.mayBeNamed();
        switch (checked) {
            case OrganisationDetails organisation -> {
                this.taxCode = organisation.taxCode() == null ? null : organisation.taxCode().value();
                this.sector = organisation.sector();
                this.representativeName = organisation.representativeName();
                this.representativeTitle = organisation.representativeTitle();
                this.email = null;
                this.phone = null;
                this.contacts.clear();
                organisation.contacts().forEach(contact -> contacts.add(new DonorContact(contact)));
            }
            case IndividualDetails individual -> {
                this.email = individual.email();
                this.phone = individual.phone();
                this.taxCode = null;
                this.sector = null;
                this.representativeName = null;
                this.representativeTitle = null;
                this.contacts.clear();
            }
        }
        touched();
    }

    /**
     * Refuses a merge that would join two different givers: records of different types, or two
     * organisations with different tax codes (each code is a different taxpayer, a branch's
     * included). A record without a tax code may be merged into one with a code, and the other way.
     */
    static void checkMergeable(Donor survivor, Donor merged) {
        if (survivor == merged || survivor.id != null && survivor.id.equals(merged.id)) {
            throw new UserFacingException("donors.error.merge-same");
        }
        if (survivor.isMerged() || merged.isMerged()) {
            throw new UserFacingException("donors.error.merged");
        }
        if (survivor.kind != merged.kind) {
            throw new UserFacingException("donors.error.merge-types");
        }
        if (survivor.taxCode != null && merged.taxCode != null && !survivor.taxCode.equals(merged.taxCode)) {
            throw new UserFacingException("donors.error.merge-tax-codes", survivor.taxCode, merged.taxCode);
        }
    }

    /**
     * Takes over what the merged record brings: its contacts (those not already here, by name and
     * email) and, if asked, its values for the fields this record leaves empty. The tax code moves
     * separately ({@link #releaseTaxCode()}), because the database must never see it twice.
     */
    void absorb(Donor merged, boolean fillEmptyFields) {
        checkMergeable(this, merged);
        for (DonorContact contact : merged.contacts) {
            if (contacts.stream().noneMatch(mine -> sameContact(mine, contact))) {
                contacts.add(new DonorContact(contact.details()));
            }
        }
        merged.contacts.clear();
        if (fillEmptyFields) {
            address = address == null ? merged.address : address;
            phone = phone == null ? merged.phone : phone;
            representativeName = representativeName == null ? merged.representativeName : representativeName;
            representativeTitle = representativeTitle == null ? merged.representativeTitle : representativeTitle;
        }
        touched();
    }

    /**
     * What a confirmed claim adds: values for fields left empty, and contacts not yet known. It never
     * overwrites what staff recorded; they edit the donor for that.
     */
    void complete(DonorDetails checkedClaim) {
        requireNotMerged();
        address = address == null ? checkedClaim.address() : address;
        if (checkedClaim instanceof OrganisationDetails organisation) {
            representativeName = representativeName == null ? organisation.representativeName() : representativeName;
            representativeTitle = representativeTitle == null ? organisation.representativeTitle()
                    : representativeTitle;
            for (ContactDetails contact : organisation.contacts()) {
                DonorContact candidate = new DonorContact(contact);
                if (contacts.size() < DonorLimits.CONTACTS
                        && contacts.stream().noneMatch(mine -> sameContact(mine, candidate))) {
                    contacts.add(candidate);
                }
            }
        } else if (checkedClaim instanceof IndividualDetails individual) {
            phone = phone == null ? individual.phone() : phone;
        }
        touched();
    }

    private static boolean sameContact(DonorContact one, DonorContact other) {
        return SearchText.normalise(one.name()).equals(SearchText.normalise(other.name()))
                && Objects.equals(one.email(), other.email());
    }

    void markMergedInto(Donor survivor) {
        this.mergedIntoId = survivor.id;
        touched();
    }

    /** Gives up the tax code so that the survivor of a merge can take it. */
    String releaseTaxCode() {
        String code = taxCode;
        taxCode = null;
        touched();
        return code;
    }

    void adoptTaxCode(String code) {
        requireNotMerged();
        this.taxCode = code;
        touched();
    }

    /** Changes the language its messages are written in to a checked one ({@link DonorChecks#language}). */
    void changeLanguage(String checkedLanguage) {
        requireNotMerged();
        this.preferredLanguage = checkedLanguage;
        touched();
    }

    /** The contacts of an organisation in their order; an individual has none. */
    List<ContactDetails> contacts() {
        return contacts.stream().map(DonorContact::details).toList();
    }

    /** Adds a contact checked by {@link DonorChecks}; the caller checks the rules of the whole list. */
    void addContact(ContactDetails checked) {
        requireNotMerged();
        contacts.add(new DonorContact(checked));
        touched();
    }

    /** Replaces the contact at the position with a checked one; the caller checks the rules of the whole list. */
    void replaceContact(int position, ContactDetails checked) {
        requireNotMerged();
        contacts.set(position, new DonorContact(checked));
        touched();
    }

    void removeContact(int position) {
        requireNotMerged();
        contacts.remove(position);
        touched();
    }

    /** Gives up the email, which a record merged into this one still holds, so that this one can take it. */
    void releaseEmail() {
        this.email = null;
        touched();
    }

    private void requireNotMerged() {
        if (isMerged()) {
            throw new UserFacingException("donors.error.merged");
        }
    }

    private void touched() {
        this.updatedAt = Instant.now();
        this.searchText = searchTextOf(Stream.concat(
                Stream.of(name, taxCode, email, phone, address, representativeName),
                contacts.stream().flatMap(contact -> Stream.of(contact.name(), contact.email()))));
    }

    static String searchTextOf(Stream<String> parts) {
        String text = SearchText.normalise(parts.filter(Objects::nonNull).collect(Collectors.joining(" ")));
        return text.length() <= SEARCH_TEXT_LIMIT ? text : text.substring(0, SEARCH_TEXT_LIMIT);
    }

    DonorDetails details() {
        return switch (kind) {
            case ORGANISATION -> new OrganisationDetails(name, taxCode == null ? null : new TaxCode(taxCode), sector,
                    address, representativeName, representativeTitle,
                    contacts.stream().map(DonorContact::details).toList(), preferredLanguage, mayBeNamed);
            case INDIVIDUAL -> new IndividualDetails(name, email, phone, address, preferredLanguage, mayBeNamed);
        };
    }

    DonorRef ref() {
        return new DonorRef(id, UUID.fromString(publicId), kind, name);
    }

    Long id() {
        return id;
    }

    boolean mayBeNamed() {
        return mayBeNamed;
    }

    DonorType kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String taxCode() {
        return taxCode;
    }

    String email() {
        return email;
    }

    long fundUnitId() {
        return fundUnitId;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    String searchText() {
        return searchText;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    boolean isMerged() {
        return mergedIntoId != null;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** For the audit trail. */
    @Override
    public String toString() {
        return "Donor[id=" + id + ", type=" + kind + ", name=" + name
                + (taxCode == null ? "" : ", taxCode=" + taxCode)
                + (sector == null ? "" : ", sector=" + sector)
                + (email == null ? "" : ", email=" + email)
                + (phone == null ? "" : ", phone=" + phone)
                + (address == null ? "" : ", address=" + address)
                + (representativeName == null ? "" : ", representative=" + representativeName
                        + (representativeTitle == null ? "" : " (" + representativeTitle + ")"))
                + (contacts.isEmpty() ? "" : ", contacts=" + contacts)
                + ", language=" + preferredLanguage + ", mayBeNamed=" + mayBeNamed + ", fundUnitId=" + fundUnitId
                + (mergedIntoId == null ? "" : ", mergedInto=" + mergedIntoId) + "]";
    }
}
