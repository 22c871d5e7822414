package org.chungtay.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignSlug;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.ledger.Funding;
import org.chungtay.ledger.ProjectFunding;
import org.chungtay.ledger.WhereItWent;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Picture;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "For Children" projects of the caller's fund unit subtree, and their public view.
 *
 * <ul>
 * <li>Everyone on the staff who handles money reads the projects of their subtree (accountants read only).</li>
 * <li>Administrators, fund managers and fund staff create and edit projects, link them to campaigns, post
 *     progress updates and record the handover.</li>
 * <li>Administrators and fund managers move projects through their lifecycle (see {@link Project}).</li>
 * <li>Anyone reads projects from fundraising on by their slug, with their public updates only.</li>
 * <li>A signed-in donor reads the projects they funded, with the updates for donors too (the donor portal); any
 *     other project does not exist for them.</li>
 * </ul>
 * Every change leaves an audit record. The funding figures are the ledger's ({@link Funding}).
 */
@Service
@Transactional
public class ProjectService {

    static final String READERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT')";
    static final String EDITORS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF')";
    static final String MANAGERS = "hasAnyRole('ADMIN','FUND_MANAGER')";
    static final String AUDIT_SUBJECT = "project";
    static final Set<ProjectStatus> PUBLIC = EnumSet.complementOf(EnumSet.of(ProjectStatus.PROPOSED));

    private final ProjectRepository projects;
    private final ProjectList list;
    private final ProjectUpdates updates;
    private final FundUnitService fundUnits;
    private final CampaignService campaigns;
    private final Funding funding;
    private final WhereItWent whereItWent;
    private final AuditTrail audit;

    ProjectService(ProjectRepository projects, ProjectList list, ProjectUpdates updates, FundUnitService fundUnits,
            CampaignService campaigns, Funding funding, WhereItWent whereItWent, AuditTrail audit) {
        this.projects = projects;
        this.list = list;
        this.updates = updates;
        this.fundUnits = fundUnits;
        this.campaigns = campaigns;
        this.funding = funding;
        this.whereItWent = whereItWent;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- staff reads

    /** A page of the projects of the caller's subtree that match, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ProjectSummary> list(ProjectFilter filter, int offset, int limit) {
        return list.page(FundScope.subtreePath(), filter, Math.max(0, offset), Math.max(0, limit));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        return list.count(FundScope.subtreePath(), filter);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ProjectDetails get(long id) {
        return details(inScope(id));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<ScannedDocument> handoverDocument(long id) {
        return updates.handoverDocument(inScope(id).id());
    }

    /** A photo of any update of a project of the caller's subtree, for the staff views. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<Picture> photo(long projectId, String token) {
        Project project = inScope(projectId);
        return updates.photo(token).filter(photo -> photo.projectId() == project.id())
                .map(ProjectUpdates.Photo::picture);
    }

    /**
     * The updates of a project that this audience may see, newest first: {@code PUBLIC} only the public ones
     * (anyone, for a public project), {@code DONORS} also those for the project's donors (staff of its subtree;
     * the donor portal adds its donors here).
     */
    @PreAuthorize("#audience == T(org.chungtay.projects.UpdateVisibility).PUBLIC or " + READERS)
    @Transactional(readOnly = true)
    public List<ProjectUpdate> updatesFor(long projectId, UpdateVisibility audience) {
        Project project = projects.findById(projectId).orElseThrow(() -> new UserFacingException("projects.error.not-found"));
        if (audience == UpdateVisibility.DONORS) {
            FundScope.check(project.fundUnitPath());
        } else if (!project.status().isPublic() && !FundScope.currentPrincipal()
                .map(principal -> project.fundUnitPath().startsWith(principal.fundUnitPath())).orElse(false)) {
            return List.of();
        }
        return updates.of(project.id(), audience == UpdateVisibility.DONORS);
    }

    /**
     * A project a pledge was designated to, for the pledge's letters and the staff's pledge details. A pledge is
     * designated only to a fundraising project, which is public from then on, so its title is public.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundraisingProject> designated(long projectId) {
        return projects.findById(projectId).filter(project -> project.status().isPublic())
                .map(ProjectService::fundraising);
    }

    /**
     * The fund unit of each of these projects that exists: where the money designated to a project is kept in the
     * ledger, whichever unit's campaign received it. A project's unit is public, as the project is once it raises
     * money.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, ProjectUnit> unitsOf(Collection<Long> projectIds) {
        return projects.findAllById(projectIds).stream().collect(Collectors.toMap(Project::id,
                project -> new ProjectUnit(project.fundUnitId(), project.fundUnitPath())));
    }

    // ---------------------------------------------------------------- staff changes

    @PreAuthorize(EDITORS)
    public ProjectDetails create(ProjectDraft draft) {
        FundUnitRef unit = unitInScope(draft.fundUnitId());
        String slug = slugFor(draft, 0);
        Project project = saved(new Project(draft, unit, slug, CampaignCalendar.today(), Instant.now()));
        audit.record(AUDIT_SUBJECT, project.id(), "created", null, project.toString());
        return details(project);
    }

    @PreAuthorize(EDITORS)
    public ProjectDetails update(long id, ProjectDraft draft) {
        Project project = inScope(id);
        FundUnitRef unit = draft.fundUnitId() == project.fundUnitId() ? fundUnits.get(project.fundUnitId())
                : unitInScope(draft.fundUnitId());
        String slug = project.status() == ProjectStatus.PROPOSED ? slugFor(draft, project.id())
                : draft.slug() == null || draft.slug().isBlank() ? project.slug() : slugFor(draft, project.id());
        String before = project.toString();
        project.revise(draft, unit, slug, CampaignCalendar.today(), Instant.now());
        saved(project);
        audit.record(AUDIT_SUBJECT, project.id(), "updated", before, project.toString());
        return details(project);
    }

    @PreAuthorize(MANAGERS)
    public ProjectDetails startFundraising(long id) {
        return transition(id, "fundraising", project -> project.startFundraising(Instant.now()));
    }

    @PreAuthorize(MANAGERS)
    public ProjectDetails markFunded(long id) {
        return transition(id, "funded", project -> project.markFunded(Instant.now()));
    }

    @PreAuthorize(MANAGERS)
    public ProjectDetails startWork(long id) {
        return transition(id, "work-started", project -> project.startWork(Instant.now()));
    }

    @PreAuthorize(MANAGERS)
    public ProjectDetails complete(long id) {
        return transition(id, "completed",
                project -> project.complete(updates.hasHandoverDocument(project.id()), Instant.now()));
    }

    /**
     * Records the handover and acceptance, with the scan of the signed record (a PDF or a picture, see
     * {@link ScannedDocument}); without a new scan the one stored before stays.
     */
    @PreAuthorize(EDITORS)
    public ProjectDetails recordHandover(long id, Handover handover, String fileName, byte[] document) {
        Project project = inScope(id);
        String before = project.toString();
        project.recordHandover(handover, CampaignCalendar.today(), Instant.now());
        if (document != null && document.length > 0) {
            ScannedDocument scan = ScannedDocument.of(fileName, document);
            updates.saveHandoverDocument(project.id(), scan, FundScope.actorName(), Instant.now());
            audit.record(AUDIT_SUBJECT, project.id(), "handover-document", null,
                    scan.fileName() + ", " + scan.contentType() + ", " + scan.size() + " bytes");
        }
        saved(project);
        audit.record(AUDIT_SUBJECT, project.id(), "handover-recorded", before, project.toString());
        return details(project);
    }

    /**
     * Lets a campaign of the caller's subtree raise money for the project. The project must lie in the
     * campaign's fund unit subtree (a district's campaign funds the district's and its communes' projects), and
     * the campaign must not be closed.
     */
    @PreAuthorize(EDITORS)
    public ProjectDetails linkCampaign(long id, long campaignId) {
        Project project = inScope(id);
        CampaignDetails campaign = campaigns.get(campaignId);
        if (campaign.status() == CampaignStatus.CLOSED) {
            throw new UserFacingException("projects.error.campaign-closed");
        }
        if (!project.fundUnitPath().startsWith(fundUnits.get(campaign.fundUnitId()).path())) {
            throw new UserFacingException("projects.error.campaign-outside");
        }
        String before = project.toString();
        project.link(campaign.id(), Instant.now());
        saved(project);
        audit.record(AUDIT_SUBJECT, project.id(), "campaign-linked", before, project.toString());
        return details(project);
    }

    @PreAuthorize(EDITORS)
    public ProjectDetails unlinkCampaign(long id, long campaignId) {
        Project project = inScope(id);
        String before = project.toString();
        project.unlink(campaignId, Instant.now());
        saved(project);
        audit.record(AUDIT_SUBJECT, project.id(), "campaign-unlinked", before, project.toString());
        return details(project);
    }

    /**
     * Posts a progress update with up to {@value UpdateDraft#MAX_PHOTOS} photos, each checked and encoded anew
     * by {@link Picture} (no metadata, no place a phone wrote into it).
     */
    @PreAuthorize(EDITORS)
    public ProjectDetails postUpdate(long id, UpdateDraft draft, List<byte[]> photos) {
        Project project = inScope(id);
        if (project.status() == ProjectStatus.PROPOSED) {
            throw new UserFacingException("projects.error.update-proposed");
        }
        String textVi = draft.textVi() == null ? "" : draft.textVi().strip();
        String textEn = draft.textEn() == null || draft.textEn().isBlank() ? null : draft.textEn().strip();
        if (textVi.isEmpty()) {
            throw new UserFacingException("projects.error.update-text-required");
        }
        if (textVi.length() > UpdateDraft.TEXT_LIMIT || textEn != null && textEn.length() > UpdateDraft.TEXT_LIMIT) {
            throw new UserFacingException("projects.error.update-text-too-long", UpdateDraft.TEXT_LIMIT);
        }
        if (draft.visibility() == null) {
            throw new UserFacingException("projects.error.update-visibility-required");
        }
        List<byte[]> uploaded = photos == null ? List.of() : photos;
        if (uploaded.size() > UpdateDraft.MAX_PHOTOS) {
            throw new UserFacingException("projects.error.too-many-photos", UpdateDraft.MAX_PHOTOS);
        }
        List<Picture> pictures = uploaded.stream().map(Picture::of).toList();
        long updateId = updates.add(project.id(), textVi, textEn, draft.visibility(), FundScope.actorName(),
                Instant.now(), pictures);
        audit.record(AUDIT_SUBJECT, project.id(), "update-posted", null,
                "update " + updateId + ", " + draft.visibility() + ", " + pictures.size() + " photos");
        return details(project);
    }

    // ---------------------------------------------------------------- public

    /** The projects anyone may see (fundraising and later), newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicProject> publicProjects() {
        return publicViews(projects.findByStatusInOrderByIdDesc(PUBLIC), false);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicProject> findPublic(String slug) {
        if (slug == null || !CampaignSlug.isValid(slug)) {
            return Optional.empty();
        }
        return projects.findBySlug(slug).filter(project -> project.status().isPublic())
                .map(project -> publicViews(List.of(project), true).getFirst());
    }

    /** The public projects a campaign raises money for, without their updates (a campaign page's section). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicProject> publicProjectsOf(long campaignId) {
        return publicViews(projects.findByCampaign(campaignId, PUBLIC), false);
    }

    /** A photo of a public update of a public project, by its token; nothing for any other. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Picture> publicPhoto(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return updates.photo(token)
                .filter(photo -> photo.visibility() == UpdateVisibility.PUBLIC)
                .filter(photo -> projects.findById(photo.projectId()).map(p -> p.status().isPublic()).orElse(false))
                .map(ProjectUpdates.Photo::picture);
    }

    /** The projects a donor may designate a pledge of this campaign to: those it raises money for now. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FundraisingProject> fundraisingProjectsOf(long campaignId) {
        return projects.findByCampaign(campaignId, EnumSet.of(ProjectStatus.FUNDRAISING)).stream()
                .map(ProjectService::fundraising).toList();
    }

    /**
     * The project, if a pledge of this campaign may be designated to it now: it raises money and the campaign
     * raises money for it. The pledges module asks here on the server, whatever the form showed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundraisingProject> designatable(long campaignId, long projectId) {
        return projects.findById(projectId).filter(project -> project.takesDesignationsFor(campaignId))
                .map(ProjectService::fundraising);
    }

    // ---------------------------------------------------------------- the signed-in donor

    /**
     * The projects the signed-in donor funded, those they gave most to first. Funded means what the ledger says
     * ({@link WhereItWent#myProjects()}): a payment of theirs designated to the project, or part of one paid out
     * to the project's budget lines; a pledge designated to it and not paid yet does not count.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DonorProject> myProjects() {
        List<WhereItWent.ProjectGift> gifts = whereItWent.myProjects();
        Map<Long, Project> found = projects.findAllById(gifts.stream().map(WhereItWent.ProjectGift::projectId).toList())
                .stream().collect(Collectors.toMap(Project::id, Function.identity()));
        return gifts.stream().filter(gift -> found.containsKey(gift.projectId())).map(gift -> {
            Project project = found.get(gift.projectId());
            return new DonorProject(project.id(), project.slug(), project.titleVi(), project.titleEn(), project.status(),
                    gift.amount());
        }).toList();
    }

    /**
     * A project the signed-in donor funded, by its slug, with the updates for the public and for its donors; empty
     * for a project they did not fund, exactly as for one that does not exist.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<DonorProjectDetails> myProject(String slug) {
        return fundedByMe(slug).map(funded -> {
            Project project = funded.project();
            return new DonorProjectDetails(project.slug(), project.programme(), project.status(),
                    fundUnits.findPublic(project.fundUnitId()).map(FundUnitRef::name).orElse(""), project.titleVi(),
                    project.titleEn(), project.descriptionVi(), project.descriptionEn(), project.target(),
                    funding.ofProject(project.id()), funded.given(), project.milestones(CampaignCalendar.today()),
                    project.status() == ProjectStatus.COMPLETED ? project.handover() : null,
                    updates.of(project.id(), true));
        });
    }

    /**
     * A photo of any update (public or for donors) of a project the signed-in donor funded, for the donor portal,
     * which serves it within the donor's session; nothing for any other project's photo.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Picture> myPhoto(String slug, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return fundedByMe(slug).flatMap(funded -> updates.photo(token)
                .filter(photo -> photo.projectId() == funded.project().id()).map(ProjectUpdates.Photo::picture));
    }

    private Optional<Funded> fundedByMe(String slug) {
        if (slug == null || !CampaignSlug.isValid(slug)) {
            return Optional.empty();
        }
        return projects.findBySlug(slug).flatMap(project -> whereItWent.myProject(project.id())
                .map(given -> new Funded(project, given)));
    }

    private record Funded(Project project, org.chungtay.shared.Money given) {
    }

    // ---------------------------------------------------------------- inside

    private ProjectDetails transition(long id, String action, java.util.function.Consumer<Project> change) {
        Project project = inScope(id);
        String before = project.toString();
        change.accept(project);
        saved(project);
        audit.record(AUDIT_SUBJECT, project.id(), action, before, project.toString());
        return details(project);
    }

    private Project inScope(long id) {
        Project project = projects.findById(id).orElseThrow(() -> new UserFacingException("projects.error.not-found"));
        if (!FundScope.contains(project.fundUnitPath())) {
            // Another unit's project does not exist for the caller.
            throw new AccessDeniedException("Project outside the caller's subtree");
        }
        return project;
    }

    private FundUnitRef unitInScope(long unitId) {
        FundUnitRef unit = fundUnits.get(unitId);
        FundScope.check(unit.path());
        if (!unit.active()) {
            throw new UserFacingException("projects.error.unit-inactive");
        }
        return unit;
    }

    private String slugFor(ProjectDraft draft, long id) {
        if (draft.slug() != null && !draft.slug().isBlank()) {
            String slug = draft.slug().strip();
            if (!CampaignSlug.isValid(slug)) {
                throw new UserFacingException("projects.error.slug-invalid", CampaignSlug.MIN_LENGTH,
                        CampaignSlug.MAX_LENGTH);
            }
            if (projects.existsBySlugAndIdNot(slug, id)) {
                throw new UserFacingException("projects.error.slug-taken", slug);
            }
            return slug;
        }
        String base = CampaignSlug.fromName(draft.titleVi());
        String slug = base;
        for (int n = 2; projects.existsBySlugAndIdNot(slug, id); n++) {
            String suffix = "-" + n;
            slug = (base.length() + suffix.length() > CampaignSlug.MAX_LENGTH
                    ? base.substring(0, CampaignSlug.MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return slug;
    }

    private Project saved(Project project) {
        try {
            return projects.saveAndFlush(project);
        } catch (DataIntegrityViolationException taken) {
            throw new UserFacingException("projects.error.slug-taken", project.slug());
        }
    }

    private ProjectDetails details(Project project) {
        LocalDate today = CampaignCalendar.today();
        return new ProjectDetails(project.id(), project.slug(), project.programme(), project.status(),
                project.fundUnitId(), fundUnits.findPublic(project.fundUnitId()).map(FundUnitRef::name).orElse(""),
                project.titleVi(), project.titleEn(), project.descriptionVi(), project.descriptionEn(),
                project.budgetLines(), project.target(), funding.ofProject(project.id()), project.milestones(today),
                project.handover(), updates.hasHandoverDocument(project.id()), project.campaignIds(),
                updates.of(project.id(), true), audit.historyOf(AUDIT_SUBJECT, project.id()));
    }

    private List<PublicProject> publicViews(List<Project> found, boolean withUpdates) {
        LocalDate today = CampaignCalendar.today();
        Map<Long, ProjectFunding> figures = funding.ofProjects(found.stream().map(Project::id).toList());
        Map<Long, String> unitNames = found.stream().map(Project::fundUnitId).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        unit -> fundUnits.findPublic(unit).map(FundUnitRef::name).orElse("")));
        return found.stream().map(project -> new PublicProject(project.slug(), project.programme(), project.status(),
                unitNames.get(project.fundUnitId()), project.titleVi(), project.titleEn(), project.descriptionVi(),
                project.descriptionEn(), project.budgetLines(), project.target(),
                figures.getOrDefault(project.id(), ProjectFunding.NONE), project.milestones(today),
                project.status() == ProjectStatus.COMPLETED ? project.handover() : null,
                withUpdates ? updates.of(project.id(), false) : List.of())).toList();
    }

    private static FundraisingProject fundraising(Project project) {
        return new FundraisingProject(project.id(), project.slug(), project.titleVi(), project.titleEn(),
                project.programme());
    }

}
