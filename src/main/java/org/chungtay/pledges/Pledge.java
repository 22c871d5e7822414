package org.chungtay.pledges;

import org.chungtay.shared.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * A promise to give to a campaign. It is PLEDGED when a donor submits it (online or through staff),
 * CONFIRMED when staff have checked it, PARTLY_FULFILLED and then FULFILLED as payments arrive, or
 * CANCELLED (with a reason) or LAPSED when it will not be kept. Cancelled and lapsed pledges do not
 * change any more. {@code paid} is what its payments brought, reversals subtracted; more than the total
 * is kept and shown as an overpayment. A reversed payment can take a pledge back from FULFILLED to
 * PARTLY_FULFILLED or CONFIRMED. Instalments are settled in the order they fall due. The reference code is what the donor writes in the transfer note;
 * the access token is the unguessable part of the confirmation page's address, stored only as a hash.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    public static final int CANCEL_REASON_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String reference;

    /** SHA-256 of the confirmation page's token; the token itself is never stored (see AccessTokens). */
    @Column(name = "access_token_hash", nullable = false, length = 64)
    private String accessTokenHash;

    @Column(name = "access_token_sealed", length = 36)
    private String accessTokenSealed;

    @Column(name = "submission_key_hash", length = 64)
    private String submissionKeyHash;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(name = "fund_unit_path", nullable = false, length = 500)
    private String fundUnitPath;

    @Column(name = "donor_id")
    private Long donorId;

    /** The pending claim on an existing donor record, until staff confirm the pledge. */
    @Column(name = "donor_claim_id")
    private Long donorClaimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PledgeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Programme programme;

    /** The project the donor designated the gift to (DD027), checked to raise money through the campaign. */
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "children_count", nullable = false)
    private int children;

    @Column(nullable = false)
    private int months;

    @Column(name = "per_child_per_month")
    private Money perChildPerMonth;

    @Column(name = "preferred_commune_id")
    private Long preferredCommuneId;

    @Column(name = "in_kind_description", length = 1000)
    private String inKindDescription;

    @Column(nullable = false)
    private Money total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InstalmentFrequency frequency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pledge_instalment", joinColumns = @JoinColumn(name = "pledge_id"))
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @Column(name = "donor_name", nullable = false, length = 200)
    private String donorName;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(name = "contact_name", nullable = false, length = 150)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PledgeStatus status = PledgeStatus.PLEDGED;

    @Column(nullable = false)
    private Money paid = Money.ZERO;

    /** The staff member who took the pledge down (telephone, letter, ceremony); null for one made online. */
    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Pledge() {
    }

    Pledge(ReferenceCode reference, String accessToken, String submissionKey, CampaignTarget campaign,
            Commitment commitment, InstalmentPlan plan, PledgeContact contact, Instant now) {
        this.reference = reference.value();
        this.accessTokenHash = AccessTokens.hash(accessToken);
        this.accessTokenSealed = AccessTokens.seal(accessToken, submissionKey);
        this.submissionKeyHash = AccessTokens.hash(submissionKey);
        this.campaignId = campaign.campaignId();
        this.fundUnitId = campaign.fundUnitId();
        this.fundUnitPath = campaign.fundUnitPath();
        this.kind = commitment.kind();
        this.programme = commitment.programme();
        this.projectId = commitment.projectId();
        this.children = commitment.children();
        this.months = commitment.months();
        this.perChildPerMonth = commitment.perChildPerMonth();
        this.preferredCommuneId = commitment.preferredCommuneId();
        this.inKindDescription = commitment.inKindDescription();
        this.total = commitment.total();
        this.frequency = plan.frequency();
        this.instalments = new ArrayList<>(plan.split(total));
        this.donorName = contact.donorName();
        this.taxCode = contact.taxCode();
        this.contactName = contact.contactName();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.language = contact.language().getLanguage();
        this.createdAt = now;
    }

    void enteredBy(String staffMember) {
        this.enteredBy = staffMember;
    }

    public Optional<String> enteredBy() {
        return Optional.ofNullable(enteredBy);
    }

    void linkDonor(long donor, Long pendingClaim) {
        this.donorId = donor;
        this.donorClaimId = pendingClaim;
    }

    void confirm() {
        requireStatus(PledgeStatus.PLEDGED);
        status = PledgeStatus.CONFIRMED;
    }

    void cancel(String reason) {
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw new UserFacingException("pledges.error.reason-required");
        }
        if (stated.length() > CANCEL_REASON_LIMIT) {
            throw new UserFacingException("pledges.error.too-long", CANCEL_REASON_LIMIT);
        }
        requireOpen();
        status = PledgeStatus.CANCELLED;
        cancelReason = stated;
    }

    /** What the pledge's payments add up to now; moves the status between confirmed and fulfilled. */
    void settle(Money paidNow) {
        this.paid = paidNow;
        if (status == PledgeStatus.CANCELLED || status == PledgeStatus.LAPSED) {
            return;
        }
        if (paidNow.amount() <= 0) {
            if (status != PledgeStatus.PLEDGED) {
                status = PledgeStatus.CONFIRMED;
            }
        } else {
            status = paidNow.compareTo(total) >= 0 ? PledgeStatus.FULFILLED : PledgeStatus.PARTLY_FULFILLED;
        }
    }

    /** Whether money can still be recorded against it: not when it was cancelled or lapsed. */
    public boolean acceptsPayments() {
        return status != PledgeStatus.CANCELLED && status != PledgeStatus.LAPSED;
    }

    void lapse() {
        requireOpen();
        status = PledgeStatus.LAPSED;
    }

    private void requireStatus(PledgeStatus expected) {
        if (status != expected) {
            throw new UserFacingException("pledges.error.wrong-status");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new UserFacingException("pledges.error.wrong-status");
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    /** The token given out when this pledge was submitted with the key; empty for another key. */
    Optional<String> accessToken(String submissionKey) {
        return AccessTokens.unseal(accessTokenSealed, submissionKey)
                .filter(token -> AccessTokens.hash(token).equals(accessTokenHash));
    }

    public long campaignId() {
        return campaignId;
    }

    public long fundUnitId() {
        return fundUnitId;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    public Long donorId() {
        return donorId;
    }

    /** Whether the pledge named a donor already in the register, whose keepers review the details sent. */
    public boolean namesExistingDonor() {
        return donorClaimId != null;
    }

    public PledgeKind kind() {
        return kind;
    }

    public Programme programme() {
        return programme;
    }

    /** The project the gift is designated to, or null. */
    public Long projectId() {
        return projectId;
    }

    public int children() {
        return children;
    }

    public int months() {
        return months;
    }

    public Money perChildPerMonth() {
        return perChildPerMonth;
    }

    public Long preferredCommuneId() {
        return preferredCommuneId;
    }

    public String inKindDescription() {
        return inKindDescription;
    }

    public Money total() {
        return total;
    }

    public InstalmentFrequency frequency() {
        return frequency;
    }

    public List<Instalment> instalments() {
        return List.copyOf(instalments);
    }

    /**
     * Each instalment with what the payments cover of it, the earliest due first: paid, partly paid,
     * overdue (due before {@code today} and not paid in full) or due.
     */
    public List<InstalmentState> instalmentStates(LocalDate today) {
        List<InstalmentState> states = new ArrayList<>();
        long left = paid.amount();
        for (Instalment instalment : instalments) {
            long due = instalment.amount().amount();
            long covered = Math.min(due, Math.max(left, 0));
            left -= covered;
            InstalmentState.State state = covered == due ? InstalmentState.State.PAID
                    : instalment.dueDate().isBefore(today) ? InstalmentState.State.OVERDUE
                    : covered > 0 ? InstalmentState.State.PARTLY_PAID : InstalmentState.State.DUE;
            states.add(new InstalmentState(instalment, Money.vnd(covered), state));
        }
        return states;
    }

    public String donorName() {
        return donorName;
    }

    public String taxCode() {
        return taxCode;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public Locale language() {
        return Locale.of(language);
    }

    public PledgeStatus status() {
        return status;
    }

    public Money paid() {
        return paid;
    }

    /** What was paid beyond the total, kept and shown, never lost. */
    public Money overpaid() {
        return paid.compareTo(total) > 0 ? Money.vnd(paid.amount() - total.amount()) : Money.ZERO;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Pledge[reference=" + reference + ", kind=" + kind + ", total=" + total + ", paid=" + paid + ", status=" + status
                + ", donor=" + donorName + (projectId == null ? "" : ", project=" + projectId) + "]";
    }
}
