package org.chungtay.donors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;

/**
 * Details submitted for a donor that already exists, typically an online pledge naming a known
 * tax code or email. Whoever submits cannot be trusted to be that donor, so the details are kept
 * here, without touching the donor or telling the submitter anything about it.
 *
 * <p>Lifecycle: PENDING until staff decide. CONFIRMED takes over what the donor lacks (empty
 * fields, new contacts) and the opt-ins ticked on the form, with the time they were given;
 * REJECTED takes over nothing. Either decision is final.
 */
@Entity
@Table(name = "donor_claim")
class DonorClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "donor_id", nullable = false)
    private long donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DonorType kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Column(name = "tax_code", length = 14, updatable = false)
    private String taxCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Sector sector;

    @Column(name = "representative_name", length = 150, updatable = false)
    private String representativeName;

    @Column(name = "representative_title", length = 150, updatable = false)
    private String representativeTitle;

    @Column(length = 254, updatable = false)
    private String email;

    @Column(length = 20, updatable = false)
    private String phone;

    @Column(length = 500, updatable = false)
    private String address;

    @Column(name = "preferred_language", nullable = false, length = 5, updatable = false)
    private String preferredLanguage;

    @Column(name = "may_be_named", nullable = false, updatable = false)
    private boolean mayBeNamed;

    @Column(name = "wants_progress_updates", nullable = false, updatable = false)
    private boolean wantsProgressUpdates;

    @Column(name = "wants_appeals", nullable = false, updatable = false)
    private boolean wantsAppeals;

    @ElementCollection
    @CollectionTable(name = "donor_claim_contact", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "sort_order")
    private List<DonorContact> contacts = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Version
    private long version;

    protected DonorClaim() {
    }

    /** From details that {@link DonorChecks} has checked. */
    DonorClaim(long donorId, DonorDetails checked, Set<ConsentCategory> optIns, ConsentSource source) {
        this.donorId = donorId;
        this.source = source;
        this.kind = checked.type();
        this.name = checked.name();
        this.address = checked.address();
        this.preferredLanguage = checked.preferredLanguage();
        this.mayBeNamed = checked.mayBeNamed();
        this.wantsProgressUpdates = optIns.contains(ConsentCategory.PROGRESS_UPDATES);
        this.wantsAppeals = optIns.contains(ConsentCategory.APPEALS);
        this.submittedAt = Instant.now();
        switch (checked) {
            case OrganisationDetails organisation -> {
                this.taxCode = organisation.taxCode() == null ? null : organisation.taxCode().value();
                this.sector = organisation.sector();
                this.representativeName = organisation.representativeName();
                this.representativeTitle = organisation.representativeTitle();
                organisation.contacts().forEach(contact -> contacts.add(new DonorContact(contact)));
            }
            case IndividualDetails individual -> {
                this.email = individual.email();
                this.phone = individual.phone();
            }
        }
    }

    void confirm(String actor) {
        decide(ClaimStatus.CONFIRMED, actor);
    }

    void reject(String actor) {
        decide(ClaimStatus.REJECTED, actor);
    }

    private void decide(ClaimStatus decision, String actor) {
        if (status != ClaimStatus.PENDING) {
            throw new UserFacingException("donors.error.claim-decided");
        }
        this.status = decision;
        this.decidedAt = Instant.now();
        this.decidedBy = actor;
    }

    DonorDetails submitted() {
        return switch (kind) {
            case ORGANISATION -> new OrganisationDetails(name, taxCode == null ? null : new TaxCode(taxCode), sector,
                    address, representativeName, representativeTitle,
                    contacts.stream().map(DonorContact::details).toList(), preferredLanguage, mayBeNamed);
            case INDIVIDUAL -> new IndividualDetails(name, email, phone, address, preferredLanguage, mayBeNamed);
        };
    }

    Set<ConsentCategory> optIns() {
        Set<ConsentCategory> optIns = EnumSet.noneOf(ConsentCategory.class);
        if (wantsProgressUpdates) {
            optIns.add(ConsentCategory.PROGRESS_UPDATES);
        }
        if (wantsAppeals) {
            optIns.add(ConsentCategory.APPEALS);
        }
        return optIns;
    }

    DonorClaimView view() {
        return new DonorClaimView(id, donorId, status, source, submittedAt, submitted(), optIns(), decidedAt,
                decidedBy);
    }

    Long id() {
        return id;
    }

    long donorId() {
        return donorId;
    }

    ConsentSource source() {
        return source;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Override
    public String toString() {
        return "DonorClaim[id=" + id + ", donorId=" + donorId + ", status=" + status + ", source=" + source
                + ", submitted=" + submitted() + ", optIns=" + optIns() + "]";
    }
}
