package org.chungtay.campaigns;

import org.chungtay.shared.Picture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns of the caller's fund unit subtree, and the public view of active and closed ones.
 *
 * <ul>
 * <li>Everyone on the staff reads the campaigns of their subtree.</li>
 * <li>Administrators, fund managers and fund staff create drafts and prepare next year's campaigns;
 *     fund staff edit drafts only.</li>
 * <li>Administrators and fund managers edit scheduled and active campaigns and move campaigns through
 *     their lifecycle (see {@link Campaign}).</li>
 * <li>Anyone, signed in or not, reads active and closed campaigns by their slug.</li>
 * </ul>
 * Every change leaves an audit record. The scheduled jobs act as the system (see {@link CampaignSchedule}).
 */
@Service
@Transactional
public class CampaignService {

    static final String READERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT','CASEWORKER')";
    static final String EDITORS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF')";
    static final String MANAGERS = "hasAnyRole('ADMIN','FUND_MANAGER')";

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);
    private static final String AUDIT_SUBJECT = "campaign";

    private final CampaignRepository campaigns;
    private final CampaignCovers covers;
    private final FundUnitService fundUnits;
    private final CampaignCalendar calendar;
    private final AuditTrail audit;
    private final ObjectProvider<CampaignFigures> figuresProvider;
    private final ApplicationEventPublisher events;

    CampaignService(CampaignRepository campaigns, CampaignCovers covers, FundUnitService fundUnits,
            CampaignCalendar calendar, AuditTrail audit, ObjectProvider<CampaignFigures> figuresProvider,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.covers = covers;
        this.fundUnits = fundUnits;
        this.calendar = calendar;
        this.audit = audit;
        this.figuresProvider = figuresProvider;
        this.events = events;
    }

    // ---------------------------------------------------------------- staff reads

    /** Campaigns of the caller's subtree that match the filter, latest first, drafts without dates on top. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CampaignSummary> list(CampaignFilter filter) {
        Map<Long, FundUnitRef> units = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::id, Function.identity()));
        String path = filter.fundUnitId() == null ? FundScope.subtreePath() : fundUnits.get(filter.fundUnitId()).path();
        Integer year = filter.year();
        LocalDate yearStart = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate yearEnd = year == null ? null : LocalDate.of(year, 12, 31);
        return campaigns.search(path, filter.kind(), filter.status(), year, yearStart, yearEnd).stream()
                .filter(c -> FundScope.contains(c.fundUnitPath()))
                .sorted(Comparator.comparing(Campaign::startDate, Comparator.nullsFirst(Comparator.reverseOrder()))
                        .thenComparing(Campaign::id, Comparator.reverseOrder()))
                .map(c -> new CampaignSummary(c.id(), c.slug(), c.kind(), c.status(), c.fundUnitId(),
                        unitName(units, c.fundUnitId()), c.nameVi(), c.nameEn(), c.goal(), c.startDate(),
                        c.endDate(), c.occasionYear()))
                .toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CampaignDetails get(long id) {
        return details(inScope(id));
    }

    /** The live figures of a campaign of the caller's subtree. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Figures figures(long id) {
        return figures().of(inScope(id).id());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<Picture> cover(long id) {
        return covers.find(inScope(id).id());
    }

    // ---------------------------------------------------------------- staff changes

    @PreAuthorize(EDITORS)
    public CampaignDetails create(CampaignDraft draft) {
        CampaignDraft checked = CampaignRules.checked(draft);
        FundUnitRef unit = activeUnit(checked.fundUnitId());
        Integer occasion = occasionYear(checked);
        checkOccasionFree(unit.id(), checked.kind(), occasion, 0);
        checkAccount(checked.kind(), checked.account(), 0);
        String slug = checked.slug() == null ? freeSlug(CampaignSlug.fromName(checked.nameVi()), 0)
                : requireFreeSlug(checked.slug(), 0);
        Campaign campaign = saved(new Campaign(checked, unit, slug, occasion, Instant.now()));
        audit.record(AUDIT_SUBJECT, campaign.id(), "created", null, campaign.toString());
        return details(campaign);
    }

    /**
     * Saves a person's changes. A blank slug on a draft is generated again from the name; on a
     * scheduled or active campaign it keeps the current one.
     */
    @PreAuthorize(EDITORS)
    public CampaignDetails update(long id, CampaignDraft draft) {
        Campaign campaign = inScope(id);
        requireMayEdit(campaign);
        CampaignDraft checked = CampaignRules.checked(draft);
        FundUnitRef unit = checked.fundUnitId() == campaign.fundUnitId() ? fundUnits.get(campaign.fundUnitId())
                : activeUnit(checked.fundUnitId());
        Integer occasion = campaign.status() == CampaignStatus.ACTIVE ? campaign.occasionYear() : occasionYear(checked);
        checkOccasionFree(unit.id(), checked.kind(), occasion, campaign.id());
        checkAccount(checked.kind(), checked.account(), campaign.id());
        String slug;
        if (checked.slug() != null) {
            slug = requireFreeSlug(checked.slug(), campaign.id());
        } else if (campaign.status() == CampaignStatus.DRAFT) {
            slug = freeSlug(CampaignSlug.fromName(checked.nameVi()), campaign.id());
        } else {
            slug = campaign.slug();
        }
        String before = campaign.toString();
        campaign.revise(checked, unit, slug, occasion, CampaignCalendar.today(), Instant.now());
        saved(campaign);
        audit.record(AUDIT_SUBJECT, campaign.id(), "updated", before, campaign.toString());
        return details(campaign);
    }

    /**
     * Replaces the cover picture.
     *
     * @throws UserFacingException if the bytes are not a PNG, JPEG or WebP picture of at most 2 MB
     */
    @PreAuthorize(EDITORS)
    public CampaignDetails replaceCover(long id, byte[] image) {
        Campaign campaign = inScope(id);
        requireMayEdit(campaign);
        Picture cover = Picture.of(image);
        covers.save(campaign.id(), cover, Instant.now());
        audit.record(AUDIT_SUBJECT, campaign.id(), "cover-replaced", null, cover.contentType() + ", " + cover.size()
                + " bytes");
        return details(campaign);
    }

    @PreAuthorize(EDITORS)
    public CampaignDetails removeCover(long id) {
        Campaign campaign = inScope(id);
        requireMayEdit(campaign);
        covers.delete(campaign.id());
        audit.record(AUDIT_SUBJECT, campaign.id(), "cover-removed", null, null);
        return details(campaign);
    }

    @PreAuthorize(MANAGERS)
    public CampaignDetails schedule(long id) {
        Campaign campaign = inScope(id);
        checkAccount(campaign.kind(), campaign.account(), campaign.id());
        String before = campaign.toString();
        campaign.schedule(Instant.now());
        audit.record(AUDIT_SUBJECT, campaign.id(), "scheduled", before, campaign.toString());
        return details(campaign);
    }

    @PreAuthorize(MANAGERS)
    public CampaignDetails backToDraft(long id) {
        Campaign campaign = inScope(id);
        String before = campaign.toString();
        campaign.backToDraft(Instant.now());
        audit.record(AUDIT_SUBJECT, campaign.id(), "back-to-draft", before, campaign.toString());
        return details(campaign);
    }

    /** Opens a scheduled campaign today; before its start date, the start moves to today. */
    @PreAuthorize(MANAGERS)
    public CampaignDetails activate(long id) {
        Campaign campaign = inScope(id);
        checkAccount(campaign.kind(), campaign.account(), campaign.id());
        String before = campaign.toString();
        campaign.activate(CampaignCalendar.today(), Instant.now());
        activated(campaign, before);
        return details(campaign);
    }

    /**
     * Decides whether the contacts who opted in to appeals get an announcement when the campaign opens, by
     * whichever way it opens (the daily job, or a manager opening it early); only before it opens.
     */
    @PreAuthorize(MANAGERS)
    public CampaignDetails announceOnOpen(long id, boolean announce) {
        Campaign campaign = inScope(id);
        String before = campaign.toString();
        campaign.announceOnOpen(announce, Instant.now());
        audit.record(AUDIT_SUBJECT, campaign.id(), announce ? "announce-on-open" : "no-announcement", before,
                campaign.toString());
        return details(campaign);
    }

    /** Closes an active campaign today, before its end date. */
    @PreAuthorize(MANAGERS)
    public CampaignDetails close(long id) {
        Campaign campaign = inScope(id);
        String before = campaign.toString();
        campaign.close(CampaignCalendar.today(), Instant.now());
        closed(campaign, before);
        return details(campaign);
    }

    /**
     * Copies a campaign as a draft for next year: texts (with the year in them moved on), goal, account,
     * kind, fund unit and cover. A yearly campaign lands on the window of its next occasion that has not
     * ended yet, and only once per fund unit and occasion; any other campaign keeps its dates, a year
     * later. Emergency appeals are not copied: each answers one disaster and needs an account of its own.
     *
     * @throws UserFacingException for an emergency appeal, or if next year's campaign already exists
     */
    @PreAuthorize(EDITORS)
    public CampaignDetails prepareNextYear(long id) {
        Campaign source = inScope(id);
        FundUnitRef unit = activeUnit(source.fundUnitId());
        return switch (source.kind()) {
            case EMERGENCY_APPEAL -> throw new UserFacingException("campaigns.error.emergency-not-copied");
            case OTHER -> {
                LocalDate start = source.startDate() == null ? null : source.startDate().plusYears(1);
                LocalDate end = source.endDate() == null ? null : source.endDate().plusYears(1);
                Integer fromYear = source.startDate() == null ? null : source.startDate().getYear();
                yield details(copy(source, unit, fromYear, start, end, null));
            }
            default -> {
                OccasionWindow window = nextOccasion(source);
                if (campaigns.existsByFundUnitIdAndKindAndOccasionYearAndIdNot(unit.id(), source.kind(),
                        window.year(), 0)) {
                    throw new UserFacingException("campaigns.error.already-prepared", String.valueOf(window.year()));
                }
                yield details(copy(source, unit, source.occasionYear(), window.start(), window.end(), window.year()));
            }
        };
    }

    // ---------------------------------------------------------------- public reads

    /** Campaigns collecting now, those ending soonest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicCampaign> activeCampaigns() {
        List<Campaign> active = campaigns.findByStatusOrderByEndDateAscIdAsc(CampaignStatus.ACTIVE);
        List<Long> ids = active.stream().map(Campaign::id).toList();
        Map<Long, Figures> figures = figures().of(ids);
        Set<Long> withCover = covers.withCover(ids);
        return active.stream()
                .map(c -> toPublic(c, figures.getOrDefault(c.id(), Figures.ZERO), withCover.contains(c.id())))
                .toList();
    }

    /** An active or closed campaign by its public address; drafts and scheduled campaigns are not public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicCampaign> findPublic(String slug) {
        return publicCampaign(slug).map(c -> toPublic(c, figures().of(c.id()), covers.exists(c.id())));
    }

    /**
     * The active and closed campaigns among these, by id, with their live figures: what the monthly digest
     * tells a donor about the campaigns they gave to.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, PublicCampaign> findPublic(Collection<Long> ids) {
        List<Campaign> found = campaigns.findAllById(ids).stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE || c.status() == CampaignStatus.CLOSED).toList();
        List<Long> foundIds = found.stream().map(Campaign::id).toList();
        Map<Long, Figures> figures = figures().of(foundIds);
        Set<Long> withCover = covers.withCover(foundIds);
        return found.stream().collect(Collectors.toMap(Campaign::id,
                c -> toPublic(c, figures.getOrDefault(c.id(), Figures.ZERO), withCover.contains(c.id()))));
    }

    /** An active or closed campaign by its public address, as the pledges module records pledges to it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PledgeTarget> findPledgeTarget(String slug) {
        return publicCampaign(slug).map(CampaignService::pledgeTarget);
    }

    /** The campaign a recorded pledge went to, whatever its status now. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PledgeTarget> findPledgeTargetById(long id) {
        return campaigns.findById(id).map(CampaignService::pledgeTarget);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Picture> publicCover(String slug) {
        return publicCampaign(slug).flatMap(c -> covers.find(c.id()));
    }

    // ---------------------------------------------------------------- work of the scheduled jobs

    /**
     * Opens the scheduled campaigns whose start date has come and closes the active ones whose end date
     * has passed, within the caller's subtree (the whole tree for the system). Running it again on the
     * same day changes nothing. A campaign that cannot be moved is reported and left as it is.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DueCampaigns openAndCloseDue(LocalDate today) {
        List<Long> opened = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        Instant now = Instant.now();
        for (Campaign campaign : campaigns.findByStatusAndStartDateLessThanEqualOrderByIdAsc(CampaignStatus.SCHEDULED,
                today)) {
            if (FundScope.contains(campaign.fundUnitPath())) {
                try {
                    checkAccount(campaign.kind(), campaign.account(), campaign.id());
                    String before = campaign.toString();
                    campaign.activateOnStartDate(today, now);
                    activated(campaign, before);
                    opened.add(campaign.id());
                } catch (UserFacingException problem) {
                    LOG.warn("Campaign {} could not be opened on {}: {}", campaign.id(), today, problem.messageKey());
                    failed.add(campaign.id());
                }
            }
        }
        for (Campaign campaign : campaigns.findByStatusAndEndDateLessThanOrderByIdAsc(CampaignStatus.ACTIVE, today)) {
            if (FundScope.contains(campaign.fundUnitPath())) {
                String before = campaign.toString();
                campaign.close(today, now);
                closed(campaign, before);
                closed.add(campaign.id());
            }
        }
        return new DueCampaigns(opened, closed, failed);
    }

    /**
     * The yearly campaigns to prepare on a day: for each yearly kind whose next window opens within
     * {@link CampaignCalendar#prepareDaysAhead()} days, every active fund unit of the caller's subtree
     * that ran that kind for the previous occasion and has nothing for this one yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OccasionToPrepare> occasionsToPrepare(LocalDate today) {
        Map<Long, FundUnitRef> units = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::id, Function.identity()));
        List<OccasionToPrepare> due = new ArrayList<>();
        for (CampaignKind kind : CampaignKind.values()) {
            Optional<OccasionWindow> next = calendar.occasionOf(kind, today);
            if (next.isEmpty() || next.get().start().isAfter(today.plusDays(calendar.prepareDaysAhead()))) {
                continue;
            }
            int year = next.get().year();
            for (Campaign source : campaigns.findByKindAndOccasionYearOrderByIdAsc(kind, year - 1)) {
                FundUnitRef unit = units.get(source.fundUnitId());
                if (unit != null && unit.active() && !campaigns.existsByFundUnitIdAndKindAndOccasionYearAndIdNot(
                        unit.id(), kind, year, 0)) {
                    due.add(new OccasionToPrepare(source.id(), unit.id(), kind, year));
                }
            }
        }
        return due;
    }

    /**
     * Prepares the draft of a yearly campaign for an occasion from a campaign of an earlier one, unless
     * the fund unit already has a campaign for that occasion.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<CampaignDetails> prepareForOccasion(long sourceId, int occasionYear) {
        Campaign source = inScope(sourceId);
        if (!source.kind().isYearly()) {
            throw new IllegalArgumentException("Campaign " + sourceId + " has no occasion");
        }
        if (campaigns.existsByFundUnitIdAndKindAndOccasionYearAndIdNot(source.fundUnitId(), source.kind(),
                occasionYear, 0)) {
            return Optional.empty();
        }
        OccasionWindow window = calendar.window(source.kind(), occasionYear)
                .orElseThrow(() -> new UserFacingException("campaigns.error.no-occasion"));
        Campaign copy = copy(source, activeUnit(source.fundUnitId()), source.occasionYear(), window.start(),
                window.end(), occasionYear);
        return Optional.of(details(copy));
    }

    // ---------------------------------------------------------------- internals

    private Campaign copy(Campaign source, FundUnitRef unit, Integer fromYear, LocalDate start, LocalDate end,
            Integer occasionYear) {
        CampaignDraft texts = source.toDraft();
        Integer toYear = occasionYear != null ? occasionYear : start == null ? null : start.getYear();
        CampaignDraft draft = CampaignRules.checked(new CampaignDraft(source.kind(), unit.id(),
                nextYear(texts.nameVi(), fromYear, toYear), nextYear(texts.nameEn(), fromYear, toYear),
                nextYear(texts.descriptionVi(), fromYear, toYear), nextYear(texts.descriptionEn(), fromYear, toYear),
                texts.goal(), start, end, texts.account(), null));
        checkAccount(draft.kind(), draft.account(), 0);
        Instant now = Instant.now();
        Campaign copy = saved(new Campaign(draft, unit, freeSlug(CampaignSlug.fromName(draft.nameVi()), 0),
                occasionYear, now));
        covers.copy(source.id(), copy.id(), now);
        audit.record(AUDIT_SUBJECT, copy.id(), "prepared", "copy of campaign " + source.id(), copy.toString());
        return copy;
    }

    /** "Tết yêu thương 2027" becomes "Tết yêu thương 2028": the old year as a word of its own, nothing else. */
    static String nextYear(String text, Integer fromYear, Integer toYear) {
        if (text == null || fromYear == null || toYear == null) {
            return text;
        }
        return Pattern.compile("(?<!\\d)" + fromYear + "(?!\\d)").matcher(text).replaceAll(String.valueOf(toYear));
    }

    /** The occasion after the source's, moved on further if its window has already ended. */
    private OccasionWindow nextOccasion(Campaign source) {
        LocalDate today = CampaignCalendar.today();
        OccasionWindow upcoming = calendar.occasionOf(source.kind(), today)
                .orElseThrow(() -> new UserFacingException("campaigns.error.no-occasion"));
        if (source.occasionYear() == null || source.occasionYear() + 1 < upcoming.year()) {
            return upcoming;
        }
        return calendar.window(source.kind(), source.occasionYear() + 1)
                .orElseThrow(() -> new UserFacingException("campaigns.error.no-occasion"));
    }

    private void activated(Campaign campaign, String before) {
        audit.record(AUDIT_SUBJECT, campaign.id(), "activated", before, campaign.toString());
        events.publishEvent(new CampaignOpened(campaign.id(), campaign.announcesOnOpen()));
    }

    private void closed(Campaign campaign, String before) {
        audit.record(AUDIT_SUBJECT, campaign.id(), "closed", before, campaign.toString());
    }

    private Campaign saved(Campaign campaign) {
        try {
            return campaigns.saveAndFlush(campaign);
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // Another person or node took the slug or the occasion between our check and our insert.
            throw new UserFacingException("campaigns.error.conflict");
        }
    }

    private Campaign inScope(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new UserFacingException("campaigns.error.not-found"));
        FundScope.check(campaign.fundUnitPath());
        return campaign;
    }

    private FundUnitRef activeUnit(long fundUnitId) {
        FundUnitRef unit = fundUnits.get(fundUnitId);
        if (!unit.active()) {
            throw new UserFacingException("campaigns.error.fund-unit-inactive");
        }
        return unit;
    }

    /** Closed campaigns are read-only; fund staff change drafts only. */
    private static void requireMayEdit(Campaign campaign) {
        campaign.requireOpenForChanges();
        if (campaign.status() != CampaignStatus.DRAFT && !isManager(FundScope.requirePrincipal().role())) {
            throw new AccessDeniedException("Only managers change a campaign that is no longer a draft");
        }
    }

    private static boolean isManager(Role role) {
        return role == Role.ADMIN || role == Role.FUND_MANAGER;
    }

    private static boolean isEditor(Role role) {
        return isManager(role) || role == Role.FUND_STAFF;
    }

    private Integer occasionYear(CampaignDraft checked) {
        return checked.kind().isYearly()
                ? calendar.occasionOf(checked.kind(), checked.startDate()).map(OccasionWindow::year).orElse(null)
                : null;
    }

    private void checkOccasionFree(long fundUnitId, CampaignKind kind, Integer occasionYear, long campaignId) {
        if (occasionYear != null && kind.isYearly()
                && campaigns.existsByFundUnitIdAndKindAndOccasionYearAndIdNot(fundUnitId, kind, occasionYear, campaignId)) {
            throw new UserFacingException("campaigns.error.occasion-taken", String.valueOf(occasionYear));
        }
    }

    /** An emergency appeal's account is its own: no other campaign may use it, before or after. */
    private void checkAccount(CampaignKind kind, ReceivingAccount account, long campaignId) {
        if (account.bankBin() == null || account.accountNumber() == null) {
            return;
        }
        if (kind == CampaignKind.EMERGENCY_APPEAL) {
            if (campaigns.existsByBankBinAndAccountNumberAndIdNot(account.bankBin(), account.accountNumber(),
                    campaignId)) {
                throw new UserFacingException("campaigns.error.emergency-account-taken");
            }
        } else if (campaigns.existsByBankBinAndAccountNumberAndKindAndIdNot(account.bankBin(),
                account.accountNumber(), CampaignKind.EMERGENCY_APPEAL, campaignId)) {
            throw new UserFacingException("campaigns.error.account-used-by-emergency");
        }
    }

    private String requireFreeSlug(String slug, long campaignId) {
        if (campaigns.existsBySlugAndIdNot(slug, campaignId)) {
            throw new UserFacingException("campaigns.error.slug-taken", slug);
        }
        return slug;
    }

    private String freeSlug(String wanted, long campaignId) {
        String slug = wanted;
        for (int n = 2; campaigns.existsBySlugAndIdNot(slug, campaignId); n++) {
            slug = CampaignSlug.alternative(wanted, n);
        }
        return slug;
    }

    private Optional<Campaign> publicCampaign(String slug) {
        if (!CampaignSlug.isValid(slug)) {
            return Optional.empty();
        }
        return campaigns.findBySlug(slug)
                .filter(c -> c.status() == CampaignStatus.ACTIVE || c.status() == CampaignStatus.CLOSED);
    }

    private static PledgeTarget pledgeTarget(Campaign campaign) {
        return new PledgeTarget(campaign.id(), campaign.fundUnitId(), campaign.status(), campaign.nameVi(),
                campaign.nameEn(), campaign.account(), campaign.slug());
    }

    private CampaignDetails details(Campaign campaign) {
        FundUnitRef unit = fundUnits.get(campaign.fundUnitId());
        return new CampaignDetails(campaign.id(), campaign.slug(), campaign.kind(), campaign.status(), unit.id(),
                unit.name(), campaign.nameVi(), campaign.nameEn(), campaign.descriptionVi(), campaign.descriptionEn(),
                campaign.goal(), campaign.startDate(), campaign.endDate(), campaign.occasionYear(), campaign.account(),
                covers.exists(campaign.id()), campaign.closedOn(), campaign.distributionDeadline().orElse(null),
                actions(campaign), campaign.announcesOnOpen());
    }

    private static Set<CampaignAction> actions(Campaign campaign) {
        Role role = FundScope.requirePrincipal().role();
        Set<CampaignAction> actions = EnumSet.noneOf(CampaignAction.class);
        CampaignStatus status = campaign.status();
        boolean manager = isManager(role);
        if (status == CampaignStatus.DRAFT ? isEditor(role) : status != CampaignStatus.CLOSED && manager) {
            actions.add(CampaignAction.EDIT);
            actions.add(CampaignAction.CHANGE_COVER);
        }
        if (manager && status == CampaignStatus.DRAFT) {
            actions.add(CampaignAction.SCHEDULE);
        }
        if (manager && (status == CampaignStatus.DRAFT || status == CampaignStatus.SCHEDULED)) {
            actions.add(CampaignAction.DECIDE_ANNOUNCEMENT);
        }
        if (manager && status == CampaignStatus.SCHEDULED) {
            actions.add(CampaignAction.BACK_TO_DRAFT);
            if (!campaign.endDate().isBefore(CampaignCalendar.today())) {
                actions.add(CampaignAction.ACTIVATE);
            }
        }
        if (manager && status == CampaignStatus.ACTIVE) {
            actions.add(CampaignAction.CLOSE);
        }
        if (isEditor(role) && campaign.kind() != CampaignKind.EMERGENCY_APPEAL) {
            actions.add(CampaignAction.PREPARE_NEXT_YEAR);
        }
        return actions;
    }

    private PublicCampaign toPublic(Campaign c, Figures figures, boolean hasCover) {
        String unitName = fundUnits.findPublic(c.fundUnitId()).map(FundUnitRef::name).orElse("");
        return new PublicCampaign(c.id(), c.slug(), c.kind(), c.status(), unitName, c.nameVi(), c.nameEn(), c.descriptionVi(),
                c.descriptionEn(), c.goal(), c.startDate(), c.endDate(), c.account(), hasCover, c.closedOn(),
                c.distributionDeadline().orElse(null), figures);
    }

    private CampaignFigures figures() {
        return figuresProvider.getIfAvailable(() -> CampaignFigures.NONE);
    }

    private static String unitName(Map<Long, FundUnitRef> units, long id) {
        FundUnitRef unit = units.get(id);
        return unit == null ? "" : unit.name();
    }
}
