package org.chungtay.donors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.text.Collator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.LinkHolder;
import org.chungtay.shared.ScopedPrincipal;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donors and their consent. Staff of every role but caseworker manage the donors owned by their
 * subtree. One method, {@link #registerFromPledge}, is open to anyone, because anonymous online
 * pledges call it; it tells its caller nothing about donors that already exist.
 *
 * <p>Every change to a donor or to its consent leaves an audit record in the same transaction.
 */
@Service
@Transactional
public class DonorService {

    /** Who manages donors: every staff role except caseworkers, within their subtree. */
    static final String MANAGERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT')";
    static final String ANONYMOUS = "anonymous";
    private static final int MERGE_HOPS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DonorRepository donors;
    private final ConsentEventRepository consents;
    private final PendingOptInRepository pendingOptIns;
    private final DonorClaimRepository claims;
    private final DonorSearch search;
    private final FundUnitService fundUnits;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MailAddressees mailAddressees;

    DonorService(DonorRepository donors, ConsentEventRepository consents, PendingOptInRepository pendingOptIns,
            DonorClaimRepository claims, DonorSearch search, FundUnitService fundUnits, AuditTrail audit,
            ApplicationEventPublisher events, MailAddressees mailAddressees) {
        this.donors = donors;
        this.consents = consents;
        this.pendingOptIns = pendingOptIns;
        this.claims = claims;
        this.search = search;
        this.fundUnits = fundUnits;
        this.audit = audit;
        this.events = events;
        this.mailAddressees = mailAddressees;
    }

    /** A page of the donors of the caller's subtree that match, ordered by name. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<DonorSummary> search(DonorQuery query, int offset, int limit) {
        Map<Long, String> unitNames = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::id, FundUnitRef::name));
        return search.page(FundScope.subtreePath(), query, Math.max(0, offset), Math.max(0, limit)).stream()
                .map(found -> new DonorSummary(found.id(), found.publicId(), found.type(), found.name(),
                        found.taxCode(), found.email(), found.address(), found.fundUnitId(),
                        unitNames.getOrDefault(found.fundUnitId(), "")))
                .toList();
    }

    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public long count(DonorQuery query) {
        return search.count(FundScope.subtreePath(), query);
    }

    /** A donor of the caller's subtree. A merged record resolves to the record it was merged into. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public DonorRef find(long id) {
        return survivorInScope(id).ref();
    }

    /** Everything staff see of a donor; a merged record resolves to the record it was merged into. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public DonorProfile profile(long id) {
        Donor donor = survivorInScope(id);
        List<ConsentRecord> history = consents.findByDonorIdOrderByOccurredAtDescIdDesc(donor.id()).stream()
                .map(ConsentEvent::record).toList();
        Map<ConsentCategory, ConsentRecord> current = new EnumMap<>(ConsentCategory.class);
        history.forEach(decision -> current.putIfAbsent(decision.category(), decision));
        List<DonorClaimView> pending = claims.findByDonorIdAndStatusOrderBySubmittedAtAsc(donor.id(),
                ClaimStatus.PENDING).stream().map(DonorClaim::view).toList();
        return new DonorProfile(donor.ref(), donor.details(), donor.fundUnitId(), unitName(donor.fundUnitId()),
                donor.createdAt(), donor.updatedAt(), current, history, pending);
    }

    /**
     * The organisation registered under a tax code: the donor itself if it is in the caller's
     * subtree, otherwise only the name of the fund unit it is registered with.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Optional<DonorMatch> findOrganisationByTaxCode(TaxCode taxCode) {
        return donors.findByTaxCode(taxCode.value()).map(this::survivorOf).map(this::match);
    }

    /** The person registered under an email address (any case); as {@link #findOrganisationByTaxCode}. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Optional<DonorMatch> findIndividualByEmail(String email) {
        String normalised = DonorChecks.email(email);
        return normalised == null ? Optional.empty()
                : donors.findByEmail(normalised).map(this::survivorOf).map(this::match);
    }

    /**
     * Records a donor entered by staff, owned by a unit of the caller's subtree. Transactional
     * messages are recorded as agreed; the opt-in categories only if ticked.
     *
     * @throws UserFacingException if the details are invalid or the donor exists already (naming it
     *         when it is in the caller's subtree, and only its fund unit otherwise)
     */
    @PreAuthorize(MANAGERS)
    public DonorRef create(long fundUnitId, DonorDetails details, Set<ConsentCategory> optIns) {
        FundUnitRef unit = fundUnits.get(fundUnitId);
        if (!unit.active()) {
            throw new UserFacingException("donors.error.fund-unit-inactive");
        }
        DonorDetails checked = DonorChecks.checked(details);
        refuseDuplicate(checked, null);
        return register(checked, unit, optIns, ConsentSource.STAFF_ENTRY).ref();
    }

    /** Replaces a donor's details; the type stays, consent is changed on its own. */
    @PreAuthorize(MANAGERS)
    public DonorRef update(long id, DonorDetails details) {
        Donor donor = donorInScope(id);
        if (donor.isMerged()) {
            throw new UserFacingException("donors.error.merged");
        }
        DonorDetails checked = DonorChecks.checked(details);
        refuseDuplicate(checked, donor);
        String before = donor.toString();
        donor.update(checked);
        flushRefusingDuplicates();
        audit.record("donor", donor.id(), "updated", before, donor.toString());
        return donor.ref();
    }

    @PreAuthorize(MANAGERS)
    public void grantConsent(long donorId, ConsentCategory category, ConsentSource source) {
        changeConsent(donorId, category, true, source);
    }

    @PreAuthorize(MANAGERS)
    public void withdrawConsent(long donorId, ConsentCategory category, ConsentSource source) {
        changeConsent(donorId, category, false, source);
    }

    /**
     * Merges two records of the same giver into the survivor, which staff chose: the survivor keeps
     * its details (and, if asked, takes values for its empty fields from the other), gains the other's
     * contacts, consent history and claims, and the tax code if it had none. The other record is
     * marked as merged into the survivor, never deleted. Publishes {@link DonorsMerged}.
     *
     * @throws UserFacingException if the records are of different types, or organisations with
     *         different tax codes, or one of them is already merged
     */
    @PreAuthorize(MANAGERS)
    public DonorRef merge(long survivorId, long mergedId, boolean fillEmptyFields) {
        Donor survivor = donorInScope(survivorId);
        Donor merged = donorInScope(mergedId);
        Donor.checkMergeable(survivor, merged);
        String survivorBefore = survivor.toString();
        String mergedBefore = merged.toString();

        consents.moveTo(merged.id(), survivor.id());
        pendingOptIns.moveTo(merged.id(), survivor.id());
        claims.moveTo(merged.id(), survivor.id());
        donors.repointMerged(merged.id(), survivor.id());
        survivor.absorb(merged, fillEmptyFields);
        if (survivor.taxCode() == null && merged.taxCode() != null) {
            String taxCode = merged.releaseTaxCode();
            donors.flush();
            survivor.adoptTaxCode(taxCode);
        }
        merged.markMergedInto(survivor);
        donors.flush();

        audit.record("donor", survivor.id(), "merged", survivorBefore + " + " + mergedBefore, survivor.toString());
        audit.record("donor", merged.id(), "merged-into", mergedBefore, merged.toString());
        events.publishEvent(new DonorsMerged(survivor.id(), merged.id()));
        return survivor.ref();
    }

    /** Takes over a claim's details where the donor has none, its contacts and its opt-ins. */
    @PreAuthorize(MANAGERS)
    public void confirmClaim(long claimId) {
        DonorClaim claim = claimInScope(claimId);
        Donor donor = survivorOf(loaded(claim.donorId()));
        String donorBefore = donor.toString();
        String claimBefore = claim.toString();
        claim.confirm(FundScope.actorName());
        donor.complete(claim.submitted());
        // The opt-in was given when the form was sent; a later decision recorded since still wins.
        claim.optIns().forEach(category -> recordConsent(donor, category, true, claim.source(),
                claim.submittedAt()));
        audit.record("donor", donor.id(), "claim-confirmed", donorBefore, donor.toString());
        audit.record("donor_claim", claim.id(), "confirmed", claimBefore, claim.toString());
    }

    @PreAuthorize(MANAGERS)
    public void rejectClaim(long claimId) {
        DonorClaim claim = claimInScope(claimId);
        String before = claim.toString();
        claim.reject(FundScope.actorName());
        audit.record("donor_claim", claim.id(), "rejected", before, claim.toString());
    }

    /**
     * Registers the donor named on a pledge, for the pledges module; open to anyone, since anonymous
     * online pledges call it. Everything is checked as for staff. A new donor is owned by the unit
     * whose campaign received the pledge. If the tax code or email is already registered, the donor
     * is neither shown nor changed: the submitted details wait as a pending claim for staff to
     * confirm or reject. Either way the caller gets only the id to link its pledge to.
     *
     * <p>Opt-ins ticked on the online form are not consent yet (double opt-in, DD014): they wait,
     * and the handle carries the token of the link that confirms them, for the confirmation email.
     * Opt-ins recorded by staff (another source) count at once.
     *
     * @param fundUnitId the unit that receives the pledge (owner of the campaign)
     * @param source {@link ConsentSource#ONLINE_PLEDGE_FORM} for anonymous callers; staff may name another
     * @throws UserFacingException if the details are invalid or the unit unknown or inactive
     */
    @PreAuthorize("permitAll()")
    public DonorHandle registerFromPledge(long fundUnitId, DonorDetails details, Set<ConsentCategory> optIns,
            ConsentSource source) {
        Objects.requireNonNull(source, "source");
        if (FundScope.currentPrincipal().isEmpty() && source != ConsentSource.ONLINE_PLEDGE_FORM) {
            throw new AccessDeniedException("Anonymous callers register donors only through the online pledge form");
        }
        FundUnitRef unit = fundUnits.findPublic(fundUnitId).filter(FundUnitRef::active)
                .orElseThrow(() -> new UserFacingException("donors.error.fund-unit-inactive"));
        DonorDetails checked = DonorChecks.checked(details);
        Set<ConsentCategory> wanted = optIns == null ? Set.of() : optIns;
        boolean awaitsConfirmation = source == ConsentSource.ONLINE_PLEDGE_FORM;
        Set<ConsentCategory> granted = awaitsConfirmation ? Set.of() : wanted;
        Optional<Donor> existing = existing(checked);
        long donorId;
        Long claimId = null;
        if (existing.isPresent()) {
            DonorClaim claim = claims.save(new DonorClaim(existing.get().id(), checked, granted, source));
            audit.record("donor_claim", claim.id(), "submitted", null, claim.toString());
            donorId = existing.get().id();
            claimId = claim.id();
        } else {
            donorId = register(checked, unit, granted, source).id();
        }
        String optInToken = awaitsConfirmation ? requestOptIns(donorId, wanted, source) : null;
        return new DonorHandle(donorId, claimId, optInToken);
    }

    /**
     * What an opt-in confirmation link would confirm, for the page that asks the visitor to confirm;
     * open to anyone, since the link's token is the only proof needed and the answer names no donor.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public OptInLink optInLink(String token) {
        return linkOf(pendingOf(token, false), Instant.now(), OptInLink.State.PENDING);
    }

    /**
     * Confirms the opt-ins of a link: each becomes consent of the donor now, from
     * {@link ConsentSource#EMAIL_CONFIRMATION}. A link works once and for {@value PendingOptIn#VALID_FOR_DAYS}
     * days; a used, expired or unknown link changes nothing and says only that.
     */
    @PreAuthorize("permitAll()")
    public OptInLink confirmOptIns(String token) {
        List<PendingOptIn> pending = pendingOf(token, true);
        Instant now = Instant.now();
        OptInLink link = linkOf(pending, now, OptInLink.State.CONFIRMED);
        if (link.state() == OptInLink.State.CONFIRMED) {
            Donor donor = survivorOf(loaded(pending.getFirst().donorId()));
            for (PendingOptIn optIn : pending) {
                optIn.confirm(now);
                if (!donor.isMerged()) {
                    recordConsent(donor, optIn.category(), true, ConsentSource.EMAIL_CONFIRMATION, now);
                }
            }
        }
        return link;
    }

    private String requestOptIns(long donorId, Set<ConsentCategory> wanted, ConsentSource source) {
        Set<ConsentCategory> categories = EnumSet.noneOf(ConsentCategory.class);
        wanted.stream().filter(ConsentCategory::needsOptIn).forEach(categories::add);
        if (categories.isEmpty()) {
            return null;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        for (ConsentCategory category : categories) {
            PendingOptIn optIn = pendingOptIns.save(new PendingOptIn(donorId, category, source, now, hash(token)));
            audit.record("donor", donorId, "opt-in-requested", null, optIn.toString());
        }
        return token;
    }

    private List<PendingOptIn> pendingOf(String token, boolean forUpdate) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return List.of();
        }
        return forUpdate ? pendingOptIns.lockByTokenHash(hash(token))
                : pendingOptIns.findByTokenHash(hash(token));
    }

    private static OptInLink linkOf(List<PendingOptIn> pending, Instant now, OptInLink.State open) {
        if (pending.isEmpty() || pending.getFirst().isExpired(now)) {
            return OptInLink.unknown();
        }
        Set<ConsentCategory> categories = EnumSet.noneOf(ConsentCategory.class);
        pending.forEach(optIn -> categories.add(optIn.category()));
        return new OptInLink(pending.getFirst().isConfirmed() ? OptInLink.State.USED : open, categories);
    }

    /** Tokens are stored only as this hash: whoever reads the table cannot confirm anything. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private Donor register(DonorDetails checked, FundUnitRef unit, Set<ConsentCategory> optIns,
            ConsentSource source) {
        Donor donor = saveRefusingDuplicates(new Donor(checked, unit.id(), unit.path()));
        audit.record("donor", donor.id(), "created", null, donor + " source=" + source);
        Set<ConsentCategory> wanted = optIns == null ? Set.of() : optIns;
        Instant now = Instant.now();
        for (ConsentCategory category : ConsentCategory.values()) {
            recordConsent(donor, category, !category.needsOptIn() || wanted.contains(category), source, now);
        }
        return donor;
    }

    private void changeConsent(long donorId, ConsentCategory category, boolean granted, ConsentSource source) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Donor donor = donorInScope(donorId);
        if (donor.isMerged()) {
            throw new UserFacingException("donors.error.merged");
        }
        recordConsent(donor, category, granted, source, Instant.now());
    }

    /** Records a consent decision as the current actor, audited; the one way consent is recorded. */
    void recordConsent(Donor donor, ConsentCategory category, boolean granted, ConsentSource source,
            Instant occurredAt) {
        String before = consents.findFirstByDonorIdAndCategoryOrderByOccurredAtDescIdDesc(donor.id(), category)
                .map(ConsentEvent::toString).orElse(null);
        ConsentEvent event = consents.save(new ConsentEvent(donor.id(), category, granted, source, occurredAt,
                actor()));
        audit.record("donor", donor.id(), granted ? "consent-granted" : "consent-withdrawn", before, event.toString());
    }

    /**
     * Refuses details whose tax code or email another donor holds. An email still held by a record
     * merged into this one is released to it.
     */
    private void refuseDuplicate(DonorDetails checked, Donor self) {
        Optional<Donor> holder = holderOfKey(checked);
        if (holder.isEmpty() || self != null && holder.get().id().equals(self.id())) {
            return;
        }
        Donor owner = survivorOf(holder.get());
        if (self != null && owner.id().equals(self.id())) {
            holder.get().releaseEmail();
            donors.flush();
            return;
        }
        boolean organisation = checked instanceof OrganisationDetails;
        if (FundScope.contains(owner.fundUnitPath())) {
            throw new UserFacingException(organisation ? "donors.error.tax-code-taken" : "donors.error.email-taken",
                    owner.name());
        }
        throw new UserFacingException(organisation ? "donors.error.tax-code-elsewhere" : "donors.error.email-elsewhere",
                unitName(owner.fundUnitId()));
    }

    /** The live donor holding the natural key of the details, if any. */
    private Optional<Donor> existing(DonorDetails checked) {
        return holderOfKey(checked).map(this::survivorOf);
    }

    /** The record holding the tax code or email, which may be one merged into another since. */
    private Optional<Donor> holderOfKey(DonorDetails checked) {
        return switch (checked) {
            case OrganisationDetails organisation -> organisation.taxCode() == null ? Optional.empty()
                    : donors.findByTaxCode(organisation.taxCode().value());
            case IndividualDetails individual -> donors.findByEmail(individual.email());
        };
    }

    /** Two requests registering the same key at once: the database refuses the second. */
    private Donor saveRefusingDuplicates(Donor donor) {
        try {
            return donors.saveAndFlush(donor);
        } catch (DataIntegrityViolationException race) {
            throw new UserFacingException("donors.error.duplicate");
        }
    }

    private void flushRefusingDuplicates() {
        try {
            donors.flush();
        } catch (DataIntegrityViolationException race) {
            throw new UserFacingException("donors.error.duplicate");
        }
    }

    private DonorMatch match(Donor donor) {
        return FundScope.contains(donor.fundUnitPath()) ? new DonorMatch.InScope(donor.ref())
                : new DonorMatch.Elsewhere(unitName(donor.fundUnitId()));
    }

    private Donor donorInScope(long id) {
        Donor donor = donors.findById(id).orElseThrow(() -> new UserFacingException("donors.error.not-found"));
        FundScope.check(donor.fundUnitPath());
        return donor;
    }

    private Donor survivorInScope(long id) {
        Donor donor = survivorOf(donors.findById(id)
                .orElseThrow(() -> new UserFacingException("donors.error.not-found")));
        FundScope.check(donor.fundUnitPath());
        return donor;
    }

    private DonorClaim claimInScope(long claimId) {
        DonorClaim claim = claims.findById(claimId)
                .orElseThrow(() -> new UserFacingException("donors.error.not-found"));
        FundScope.check(survivorOf(loaded(claim.donorId())).fundUnitPath());
        return claim;
    }

    /**
     * The donor a receipt is made out to, a merged record resolved to its survivor. Accountants issue
     * receipts for payments of their subtree, and a payment's donor may be registered with another unit
     * (a province-wide business paying a commune's pledge), so only the name, address, tax code and
     * language are given, whatever the donor's unit.
     */
    @PreAuthorize("hasAnyRole('ADMIN','FUND_MANAGER','ACCOUNTANT')")
    @Transactional(readOnly = true)
    public Addressee addressee(long donorId) {
        Donor donor = survivorOf(loaded(donorId));
        DonorDetails details = donor.details();
        TaxCode taxCode = details instanceof OrganisationDetails organisation ? organisation.taxCode() : null;
        return new Addressee(donor.id(), details.name(), details.address(), taxCode, details.preferredLanguage());
    }

    /**
     * Where to write to these donors, merged records resolved to their survivors, in two queries however many
     * they are (a statement's thank-yous): the name, the address and the language. A donor without an address
     * (an organisation none of whose contacts gave one) is absent. Like {@link #addressee(long)}, whatever the
     * donor's unit: a payment of the caller's subtree may be a donor's of another unit.
     */
    @PreAuthorize("hasAnyRole('ADMIN','FUND_MANAGER','ACCOUNTANT')")
    @Transactional(readOnly = true)
    public Map<Long, MailAddressee> mailAddressees(Collection<Long> donorIds) {
        return mailAddressees.of(donorIds);
    }

    /**
     * The names to thank publicly among these donors: organisations that agreed to be named, each
     * once, in name order. Open to anyone, since campaign pages show them; others stay unnamed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> honourRoll(Collection<Long> donorIds) {
        return donors.findAllById(donorIds).stream()
                .map(this::survivorOf)
                .filter(donor -> donor.kind() == DonorType.ORGANISATION && donor.mayBeNamed())
                .map(Donor::name)
                .distinct()
                .sorted(Collator.getInstance(Locale.of("vi")))
                .toList();
    }

    /**
     * The names the public may read of these donors, by the id asked for: only of donors (organisations or
     * people) who agreed to be named, a merged record answered with its survivor's name. The ledger writes them
     * on its public lines; a donor absent here is shown as a well-wisher. Open to anyone, like
     * {@link #honourRoll(Collection)}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, String> publicNames(Collection<Long> donorIds) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Donor donor : donors.findAllById(donorIds)) {
            Donor survivor = survivorOf(donor);
            if (survivor.mayBeNamed()) {
                names.put(donor.id(), survivor.name());
            }
        }
        return names;
    }

    /**
     * Of these claims, the ones staff confirmed. A pledge that named an existing donor (by tax code
     * or email) may thank that donor by name only then: until staff decide, anyone could have typed it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Long> confirmedClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        return claims.findByIdInAndStatus(claimIds, ClaimStatus.CONFIRMED).stream()
                .map(DonorClaim::id)
                .collect(Collectors.toSet());
    }

    /** The record a donor was merged into, through every merge since; the donor itself if it was not. */
    Donor survivorOf(Donor donor) {
        Donor current = donor;
        for (int hop = 0; current.isMerged(); hop++) {
            if (hop == MERGE_HOPS) {
                throw new IllegalStateException("Merge chain too long at donor " + donor.id());
            }
            current = loaded(current.mergedIntoId());
        }
        return current;
    }

    private Donor loaded(long id) {
        return donors.findById(id).orElseThrow(() -> new IllegalStateException("Donor " + id + " is referenced but gone"));
    }

    private String unitName(long fundUnitId) {
        return fundUnits.findPublic(fundUnitId).map(FundUnitRef::name).orElse("");
    }

    private static String actor() {
        return FundScope.currentPrincipal().map(ScopedPrincipal::username)
                .or(() -> LinkHolder.current().map(LinkHolder::actorName))
                .or(() -> DonorPrincipal.current().map(DonorPrincipal::actorName)).orElse(ANONYMOUS);
    }
}
