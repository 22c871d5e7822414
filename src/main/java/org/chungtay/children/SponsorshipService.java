package org.chungtay.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.SponsorshipPledge;
import org.chungtay.pledges.SponsorshipPledges;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.Picture;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct sponsorships (DD026): caseworkers match children to a business's direct-sponsorship pledge, commune
 * staff (FUND_STAFF, FUND_MANAGER or ADMIN whose subtree holds the child's commune) record each month's delivery
 * with the guardian's signed receipt, and everyone of the subtree sees the sponsorships as pseudonyms, with their
 * late months. The money goes from the business to the family, never through the fund.
 * <p>
 * A signed-in donor reads the children matched to their own direct-sponsorship pledges ({@link #myChildren()},
 * {@link #myChild(String)}, {@link #myPhoto(String, long)}): pseudonyms, deliveries without receipts, and notes
 * and photos only while current consent allows. Any other child does not exist for them.
 */
@Service
@Transactional
public class SponsorshipService {

    static final String RECORDERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF')";
    private static final String AUDIT_SUBJECT = "sponsorship";
    private static final int FLAG_BATCH = 500;

    private final SponsorshipStore store;
    private final ChildStore children;
    private final ChildPseudonyms pseudonyms;
    private final SponsorshipPledges pledges;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SponsorshipService(SponsorshipStore store, ChildStore children, ChildPseudonyms pseudonyms,
            SponsorshipPledges pledges, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.children = children;
        this.pseudonyms = pseudonyms;
        this.pledges = pledges;
        this.audit = audit;
        this.events = events;
    }

    /** Confirmed direct-sponsorship pledges the caseworker may match children to. */
    @PreAuthorize(ChildService.CASEWORKERS)
    @Transactional(readOnly = true)
    public List<SponsorshipPledge> matchablePledges(String text, int limit) {
        ChildService.requireCaseworker();
        return pledges.matchable(text, limit);
    }

    /**
     * Matches a child to a direct-sponsorship pledge on these terms (an amount of null is the pledge's amount per
     * child per month). The pledge must be confirmed, of the child's commune or a unit above it, have children
     * left to match, and the term may last at most the pledge's months.
     */
    @PreAuthorize(ChildService.CASEWORKERS)
    public Sponsorship match(long pledgeId, long childId, SponsorshipTerms terms) {
        ChildService.requireCaseworker();
        ChildStore.Row child = children.find(childId).orElseThrow(() -> new UserFacingException("children.error.not-found"));
        FundScope.check(child.path());
        SponsorshipPledge pledge = pledges.find(pledgeId)
                .orElseThrow(() -> new UserFacingException("children.error.pledge-not-found"));
        if (!pledge.takesChildren()) {
            throw new UserFacingException("children.error.pledge-not-confirmed");
        }
        if (!child.path().startsWith(pledge.fundUnitPath())) {
            throw new UserFacingException("children.error.pledge-elsewhere");
        }
        if (terms == null || terms.start() == null || terms.end() == null) {
            throw new UserFacingException("children.error.terms");
        }
        Money amount = terms.amountPerMonth() == null ? pledge.perChildPerMonth() : terms.amountPerMonth();
        if (amount == null || !amount.isPositive() || amount.isGreaterThan(Money.MAX_PLEDGE)) {
            throw new UserFacingException("children.error.amount");
        }
        if (terms.end().isBefore(terms.start())) {
            throw new UserFacingException("children.error.end-before-start");
        }
        long months = ChronoUnit.MONTHS.between(terms.start(), terms.end()) + 1;
        if (months > Math.min(pledge.months(), Commitment.MAX_MONTHS)) {
            throw new UserFacingException("children.error.too-many-months", pledge.months());
        }
        if (store.countOfPledgeLocked(pledgeId) >= pledge.children()) {
            throw new UserFacingException("children.error.pledge-full", pledge.children());
        }
        if (store.matched(pledgeId, childId)) {
            throw new UserFacingException("children.error.already-matched");
        }
        SponsorshipTerms checked = new SponsorshipTerms(amount, terms.start(), terms.end());
        long id = store.insert(childId, pledgeId, child.path(), checked, Instant.now());
        String state = "pledge " + pledge.reference() + " child " + child.code() + " " + amount.amount() + "/month "
                + terms.start() + ".." + terms.end();
        audit.record(AUDIT_SUBJECT, id, "matched", null, state);
        audit.record(ChildService.AUDIT_SUBJECT, childId, "sponsorship-matched", null, state);
        return get(id);
    }

    /** A sponsorship of the caller's subtree, the child as a pseudonym. */
    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public Sponsorship get(long id) {
        return describe(List.of(inScope(id))).getFirst();
    }

    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public List<SponsoredMonth> months(long id) {
        inScope(id);
        return store.months(id, VietnamTime.today());
    }

    /**
     * The children matched to a pledge, as pseudonyms: for the pledge's staff page and the donor portal. Staff of
     * the pledge's unit see all of them; staff below it, those of their subtree.
     */
    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public List<Sponsorship> ofPledge(long pledgeId) {
        Optional<SponsorshipPledge> pledge = pledges.find(pledgeId);
        if (pledge.isEmpty()) {
            return List.of();
        }
        boolean wholePledge = FundScope.contains(pledge.get().fundUnitPath());
        return describe(store.ofPledge(pledgeId, VietnamTime.today()).stream()
                .filter(row -> wholePledge || FundScope.contains(row.path())).toList());
    }

    @PreAuthorize(ChildService.CASEWORKERS)
    @Transactional(readOnly = true)
    public List<Sponsorship> ofChild(long childId) {
        ChildService.requireCaseworker();
        ChildStore.Row child = children.find(childId).orElseThrow(() -> new UserFacingException("children.error.not-found"));
        FundScope.check(child.path());
        return describe(store.ofChild(childId, VietnamTime.today()));
    }

    /** A page of the caller's subtree's sponsorships, those with late months first. */
    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public List<Sponsorship> list(int offset, int limit) {
        return describe(store.page(VietnamTime.today(), Math.max(0, offset), Math.max(0, limit)));
    }

    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }

    /** A page of the months of the caller's subtree whose delivery is late today, the longest late first. */
    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public List<LateDelivery> late(int offset, int limit) {
        LocalDate today = VietnamTime.today();
        List<SponsoredMonth> months = store.late(today, Math.max(0, offset), Math.max(0, limit));
        Map<Long, Sponsorship> sponsorships = describe(months.stream().map(SponsoredMonth::sponsorshipId).distinct()
                .map(id -> store.find(id, today).orElseThrow()).toList()).stream()
                .collect(Collectors.toMap(Sponsorship::id, Function.identity()));
        return months.stream().map(month -> {
            Sponsorship sponsorship = sponsorships.get(month.sponsorshipId());
            return new LateDelivery(month.id(), month.sponsorshipId(), sponsorship.child(), sponsorship.sponsorName(),
                    month.period(), month.dueOn(), ChronoUnit.DAYS.between(month.dueOn(), today));
        }).toList();
    }

    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public long countLate() {
        return store.countLate(VietnamTime.today());
    }

    /**
     * Records a month's delivery to the family, with the guardian's signed receipt, and publishes {@link
     * DeliveryRecorded} (the sponsor is told). A month is recorded once; a month still to come cannot be.
     */
    @PreAuthorize(RECORDERS)
    public SponsoredMonth recordDelivery(long monthId, DeliveryEntry entry) {
        requireRecorder();
        LocalDate today = VietnamTime.today();
        SponsoredMonth month = store.month(monthId, today)
                .orElseThrow(() -> new UserFacingException("children.error.month-not-found"));
        FundScope.check(store.pathOfMonth(monthId));
        if (entry == null || entry.deliveredOn() == null || entry.method() == null) {
            throw new UserFacingException("children.error.delivery-incomplete");
        }
        if (entry.receipt() == null) {
            throw new UserFacingException("children.error.receipt-required");
        }
        if (entry.amount() == null || !entry.amount().isPositive() || entry.amount().isGreaterThan(Money.MAX_PLEDGE)) {
            throw new UserFacingException("children.error.amount");
        }
        if (entry.deliveredOn().isAfter(today)) {
            throw new UserFacingException("children.error.date-in-future");
        }
        if (month.period().isAfter(YearMonth.from(today))) {
            throw new UserFacingException("children.error.month-to-come");
        }
        if (!store.recordDelivery(monthId, entry, Instant.now())) {
            throw new UserFacingException("children.error.already-delivered");
        }
        audit.record(AUDIT_SUBJECT, month.sponsorshipId(), "delivery-recorded", null, month.period() + " "
                + entry.deliveredOn() + " " + entry.amount().amount() + " " + entry.method() + " receipt "
                + entry.receipt().fileName());
        events.publishEvent(new DeliveryRecorded(monthId, month.sponsorshipId()));
        return store.month(monthId, today).orElseThrow();
    }

    /** The guardian's signed receipt of a month, for the staff who record deliveries in the child's subtree. */
    @PreAuthorize(RECORDERS)
    @Transactional(readOnly = true)
    public Optional<ScannedDocument> receipt(long monthId) {
        requireRecorder();
        String path = store.pathOfMonth(monthId);
        if (path == null) {
            return Optional.empty();
        }
        FundScope.check(path);
        return store.receipt(monthId);
    }

    /**
     * A sponsored child as the sponsor may see it: pseudonym, shared notes and photos while consent allows, and
     * the months with their deliveries (never the receipts, which carry the guardian's name). Staff of the subtree
     * for now; issue 10's donor portal opens it to the sponsor.
     */
    @PreAuthorize(ChildPseudonyms.STAFF)
    @Transactional(readOnly = true)
    public ChildProfile profile(long sponsorshipId) {
        SponsorshipStore.Row row = inScope(sponsorshipId);
        Sponsorship sponsorship = describe(List.of(row)).getFirst();
        ChildStore.Row child = children.find(row.childId()).orElseThrow();
        return new ChildProfile(sponsorship.child(), sponsorship, pseudonyms.sharedNotes(child),
                store.months(sponsorshipId, VietnamTime.today()));
    }

    /**
     * Flags the months whose delivery became late, each once, and publishes {@link DeliveryLate} for each (the
     * commune's staff are told). For the daily job, as the system.
     *
     * @return how many months were flagged
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int flagLate(LocalDate today) {
        if (!"/".equals(FundScope.subtreePath())) {
            throw new AccessDeniedException("Late deliveries are flagged by the system");
        }
        List<SponsoredMonth> flagged = store.flagLate(today, Instant.now(), FLAG_BATCH);
        flagged.forEach(month -> events.publishEvent(new DeliveryLate(month.id(), month.sponsorshipId())));
        return flagged.size();
    }

    /** What an email about a month may say: for the communications module, working as the system. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<DeliveryNotice> notice(long monthId) {
        LocalDate today = VietnamTime.today();
        return store.month(monthId, today).flatMap(month -> store.find(month.sponsorshipId(), today).flatMap(row -> {
            FundScope.check(row.path());
            return pledges.find(row.pledgeId()).map(pledge -> {
                ChildStore.Row child = children.find(row.childId()).orElseThrow();
                return new DeliveryNotice(monthId, row.id(), children.pseudonym(row.childId()), child.entry().communeId(),
                        pledge.id(), pledge.campaignId(), pledge.fundUnitId(), pledge.donorId(), pledge.donorName(),
                        pledge.contactName(), pledge.contactEmail(), pledge.language(), month.period(), month.dueOn(),
                        month.deliveredOn(), month.amount(), month.method());
            });
        }));
    }

    // ------------------------------------------------------------------ the signed-in donor

    /** The children matched to the signed-in donor's direct-sponsorship pledges, as pseudonyms, by code. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SponsoredChild> myChildren() {
        List<SponsorshipStore.Row> rows = store.ofPledges(pledges.mine(), VietnamTime.today());
        Map<Long, Pseudonym> named = children.pseudonyms(rows.stream().map(SponsorshipStore.Row::childId)
                .distinct().toList());
        return named.values().stream().map(SponsoredChild::of)
                .sorted(java.util.Comparator.comparing(SponsoredChild::code)).toList();
    }

    /**
     * A child matched to one of the signed-in donor's sponsorships, by pseudonym code; empty for any other code,
     * exactly as for one that does not exist. Deliveries of all the donor's sponsorships of the child, newest
     * first; the terms are those of the latest of them.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SponsoredChildProfile> myChild(String code) {
        return mySponsorshipsOf(code).map(mine -> {
            LocalDate today = VietnamTime.today();
            SponsorshipStore.Row latest = mine.rows().getLast();
            List<SponsorDelivery> deliveries = mine.rows().stream()
                    .flatMap(row -> store.months(row.id(), today).stream())
                    .filter(SponsoredMonth::delivered)
                    .sorted(java.util.Comparator.comparing(SponsoredMonth::period).reversed())
                    .map(month -> new SponsorDelivery(month.period(), month.deliveredOn(), month.amount(),
                            month.method()))
                    .toList();
            return new SponsoredChildProfile(SponsoredChild.of(children.pseudonym(mine.child().id())),
                    latest.amountPerMonth(), latest.startMonth(), latest.endMonth(), deliveries,
                    pseudonyms.sharedNotes(mine.child()));
        });
    }

    /**
     * The photo of a shared note of a child matched to one of the signed-in donor's sponsorships, while consent
     * allows it; the portal serves it within the donor's session only.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Picture> myPhoto(String code, long noteId) {
        return mySponsorshipsOf(code).flatMap(mine -> pseudonyms.sharedPhoto(mine.child(), noteId));
    }

    private Optional<Mine> mySponsorshipsOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        List<SponsorshipStore.Row> rows = store.ofPledges(pledges.mine(), VietnamTime.today());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return children.findByCode(code.strip()).map(child -> new Mine(child,
                rows.stream().filter(row -> row.childId() == child.id()).toList()))
                .filter(mine -> !mine.rows().isEmpty());
    }

    private record Mine(ChildStore.Row child, List<SponsorshipStore.Row> rows) {
    }

    // ------------------------------------------------------------------ for the ledger

    /** These sponsorships as pseudonyms, those of the caller's subtree only, for the ledger's targets. */
    List<Sponsorship> inScope(Collection<Long> ids) {
        LocalDate today = VietnamTime.today();
        return describe(ids.stream().map(id -> store.find(id, today)).flatMap(Optional::stream)
                .filter(row -> FundScope.contains(row.path())).toList());
    }

    // ------------------------------------------------------------------ rules

    private SponsorshipStore.Row inScope(long id) {
        SponsorshipStore.Row row = store.find(id, VietnamTime.today())
                .orElseThrow(() -> new UserFacingException("children.error.sponsorship-not-found"));
        FundScope.check(row.path());
        return row;
    }

    private static void requireRecorder() {
        Role role = FundScope.requirePrincipal().role();
        if (role != Role.FUND_STAFF && role != Role.FUND_MANAGER && role != Role.ADMIN) {
            throw new AccessDeniedException("Deliveries are recorded by the commune's staff");
        }
    }

    private List<Sponsorship> describe(Collection<SponsorshipStore.Row> rows) {
        Map<Long, Pseudonym> named = children.pseudonyms(rows.stream().map(SponsorshipStore.Row::childId).toList());
        Map<Long, Optional<SponsorshipPledge>> pledgesById = new HashMap<>();
        return rows.stream().map(row -> {
            Optional<SponsorshipPledge> pledge = pledgesById.computeIfAbsent(row.pledgeId(), pledges::find);
            return new Sponsorship(row.id(), named.get(row.childId()), row.pledgeId(),
                    pledge.map(SponsorshipPledge::reference).orElse(""), pledge.map(SponsorshipPledge::donorName).orElse(""),
                    row.amountPerMonth(), row.startMonth(), row.endMonth(), row.lateMonths());
        }).toList();
    }
}
