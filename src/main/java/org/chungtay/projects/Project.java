package org.chungtay.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.SearchText;
import org.chungtay.shared.UserFacingException;

/**
 * A "For Children" project of one fund unit (a school toilet block, a playground, a classroom): its programme,
 * titles and descriptions in Vietnamese and English, budget lines (whose sum is its target), milestones, the
 * campaigns that raise money for it and, at the end, the record of its handover.
 *
 * <p>Its life:
 * <pre>
 *   PROPOSED ──start fundraising──▶ FUNDRAISING ──funded──▶ FUNDED ──start work──▶ IN_PROGRESS ──complete──▶ COMPLETED
 * </pre>
 * <ul>
 * <li><b>Proposed</b>: staff write it up; nobody outside sees it. Everything may change.</li>
 * <li><b>Fundraising</b>: it needs at least one budget line. Its public page opens; a campaign it is linked to
 *     lists it, and donors may designate a pledge to it on that campaign's form (only fundraising projects take
 *     designations). Its programme is fixed from now on, as donors give to it; budget lines may still change.</li>
 * <li><b>Funded</b>: a fund manager decides the money is secured, from designated gifts or by covering the rest
 *     from programme or general funds. Budget lines are fixed from now on, and money may be paid out to them
 *     (the ledger checks that no line is paid beyond its amount).</li>
 * <li><b>In progress</b>: the work has started; milestones are reported, the handover is recorded.</li>
 * <li><b>Completed</b>: needs the handover record (date, who received it, scan of the signed record) and every
 *     milestone done. From then on it is read-only, except for progress updates.</li>
 * </ul>
 * The target is the sum of the budget lines, so that the figure donors see and what may be paid out can never
 * disagree (DD027).
 */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Programme programme;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(name = "fund_unit_path", nullable = false, length = 500)
    private String fundUnitPath;

    @Column(name = "title_vi", nullable = false, length = ProjectDraft.TITLE_LIMIT)
    private String titleVi;

    @Column(name = "title_en", length = ProjectDraft.TITLE_LIMIT)
    private String titleEn;

    @Column(name = "description_vi", length = ProjectDraft.DESCRIPTION_LIMIT)
    private String descriptionVi;

    @Column(name = "description_en", length = ProjectDraft.DESCRIPTION_LIMIT)
    private String descriptionEn;

    @Column(name = "search_text", nullable = false, length = 420)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PROPOSED;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_campaign", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "campaign_id")
    private Set<Long> campaignIds = new LinkedHashSet<>();

    @Column(name = "handover_on")
    private LocalDate handoverOn;

    @Column(name = "handover_received_by", length = Handover.RECEIVED_BY_LIMIT)
    private String handoverReceivedBy;

    @Column(name = "handover_note", length = Handover.NOTE_LIMIT)
    private String handoverNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {
    }

    Project(ProjectDraft draft, FundUnitRef unit, String slug, LocalDate today, Instant now) {
        this.createdAt = now;
        this.fundUnitId = unit.id();
        this.fundUnitPath = unit.path();
        this.programme = required(draft.programme(), "projects.error.programme-required");
        apply(draft, slug, today, now);
    }

    /**
     * Saves staff's changes. The fund unit changes only while proposed, the programme only while proposed, and
     * the budget only until the project is funded; a completed project does not change.
     */
    void revise(ProjectDraft draft, FundUnitRef unit, String slug, LocalDate today, Instant now) {
        if (status == ProjectStatus.COMPLETED) {
            throw new UserFacingException("projects.error.completed");
        }
        if (unit.id() != fundUnitId) {
            if (status != ProjectStatus.PROPOSED) {
                throw new UserFacingException("projects.error.unit-fixed");
            }
            fundUnitId = unit.id();
            fundUnitPath = unit.path();
        }
        Programme chosen = required(draft.programme(), "projects.error.programme-required");
        if (chosen != programme && status != ProjectStatus.PROPOSED) {
            throw new UserFacingException("projects.error.programme-fixed");
        }
        programme = chosen;
        if (budgetChanges(draft.budgetLines()) && !budgetOpen()) {
            throw new UserFacingException("projects.error.budget-fixed");
        }
        apply(draft, slug, today, now);
    }

    private void apply(ProjectDraft draft, String slug, LocalDate today, Instant now) {
        this.slug = slug;
        this.titleVi = text(draft.titleVi(), ProjectDraft.TITLE_LIMIT, "projects.error.title-required",
                "projects.error.title-too-long");
        this.titleEn = optional(draft.titleEn(), ProjectDraft.TITLE_LIMIT, "projects.error.title-too-long");
        this.descriptionVi = optional(draft.descriptionVi(), ProjectDraft.DESCRIPTION_LIMIT,
                "projects.error.description-too-long");
        this.descriptionEn = optional(draft.descriptionEn(), ProjectDraft.DESCRIPTION_LIMIT,
                "projects.error.description-too-long");
        this.searchText = SearchText.normalise(titleVi + " " + (titleEn == null ? "" : titleEn));
        if (searchText.length() > 420) {
            searchText = searchText.substring(0, 420);
        }
        if (budgetOpen()) {
            reviseBudget(draft.budgetLines());
        }
        reviseMilestones(draft.milestones(), today);
        this.updatedAt = now;
    }

    private boolean budgetOpen() {
        return status == ProjectStatus.PROPOSED || status == ProjectStatus.FUNDRAISING;
    }

    private boolean budgetChanges(List<BudgetLineDraft> drafts) {
        if (drafts.size() != budgetLines.size()) {
            return true;
        }
        for (int i = 0; i < drafts.size(); i++) {
            BudgetLineDraft draft = drafts.get(i);
            BudgetLine line = budgetLines.get(i);
            if (!java.util.Objects.equals(draft.id(), line.id()) || !java.util.Objects.equals(draft.amount(), line.amount())
                    || !java.util.Objects.equals(strip(draft.labelVi()), line.labelVi())
                    || !java.util.Objects.equals(strip(draft.labelEn()), line.labelEn())) {
                return true;
            }
        }
        return false;
    }

    private void reviseBudget(List<BudgetLineDraft> drafts) {
        if (drafts.size() > ProjectDraft.MAX_LINES) {
            throw new UserFacingException("projects.error.too-many-lines", ProjectDraft.MAX_LINES);
        }
        Map<Long, BudgetLine> existing = new HashMap<>();
        budgetLines.forEach(line -> existing.put(line.id(), line));
        List<BudgetLine> revised = new ArrayList<>();
        Money total = Money.ZERO;
        int position = 0;
        for (BudgetLineDraft draft : drafts) {
            String labelVi = text(draft.labelVi(), ProjectDraft.LABEL_LIMIT, "projects.error.line-label-required",
                    "projects.error.line-label-too-long");
            String labelEn = optional(draft.labelEn(), ProjectDraft.LABEL_LIMIT, "projects.error.line-label-too-long");
            if (draft.amount() == null || !draft.amount().isPositive()) {
                throw new UserFacingException("projects.error.line-amount");
            }
            total = total.plus(draft.amount());
            if (total.isGreaterThan(Money.MAX_PLEDGE)) {
                throw new UserFacingException("projects.error.target-too-large");
            }
            BudgetLine line = draft.id() == null ? null : existing.remove(draft.id());
            if (line == null) {
                if (draft.id() != null) {
                    throw new UserFacingException("projects.error.line-unknown");
                }
                line = new BudgetLine(position, labelVi, labelEn, draft.amount());
            } else {
                line.revise(position, labelVi, labelEn, draft.amount());
            }
            revised.add(line);
            position++;
        }
        budgetLines.clear();
        budgetLines.addAll(revised);
    }

    private void reviseMilestones(List<MilestoneDraft> drafts, LocalDate today) {
        if (drafts.size() > ProjectDraft.MAX_MILESTONES) {
            throw new UserFacingException("projects.error.too-many-milestones", ProjectDraft.MAX_MILESTONES);
        }
        List<Milestone> revised = new ArrayList<>();
        for (MilestoneDraft draft : drafts) {
            String titleVi = text(draft.titleVi(), ProjectDraft.TITLE_LIMIT, "projects.error.milestone-title-required",
                    "projects.error.title-too-long");
            String titleEn = optional(draft.titleEn(), ProjectDraft.TITLE_LIMIT, "projects.error.title-too-long");
            if (draft.dueOn() == null) {
                throw new UserFacingException("projects.error.milestone-due-required");
            }
            MilestoneStatus state = draft.status() == null ? MilestoneStatus.PLANNED : draft.status();
            LocalDate doneOn = null;
            if (state == MilestoneStatus.DONE) {
                doneOn = draft.doneOn() == null ? today : draft.doneOn();
                if (doneOn.isAfter(today)) {
                    throw new UserFacingException("projects.error.milestone-done-future");
                }
            }
            revised.add(new Milestone(titleVi, titleEn, draft.dueOn(), state, doneOn));
        }
        milestones.clear();
        milestones.addAll(revised);
    }

    // ---------------------------------------------------------------- lifecycle

    void startFundraising(Instant now) {
        requireStatus(ProjectStatus.PROPOSED);
        if (budgetLines.isEmpty()) {
            throw new UserFacingException("projects.error.budget-required");
        }
        status = ProjectStatus.FUNDRAISING;
        updatedAt = now;
    }

    void markFunded(Instant now) {
        requireStatus(ProjectStatus.FUNDRAISING);
        status = ProjectStatus.FUNDED;
        updatedAt = now;
    }

    void startWork(Instant now) {
        requireStatus(ProjectStatus.FUNDED);
        status = ProjectStatus.IN_PROGRESS;
        updatedAt = now;
    }

    /** Records (or corrects) the handover; only once the work is under way, and not after completion. */
    void recordHandover(Handover handover, LocalDate today, Instant now) {
        requireStatus(ProjectStatus.IN_PROGRESS);
        if (handover == null || handover.on() == null) {
            throw new UserFacingException("projects.error.handover-date-required");
        }
        if (handover.on().isAfter(today)) {
            throw new UserFacingException("projects.error.handover-future");
        }
        handoverOn = handover.on();
        handoverReceivedBy = text(handover.receivedBy(), Handover.RECEIVED_BY_LIMIT,
                "projects.error.handover-received-by-required", "projects.error.handover-received-by-too-long");
        handoverNote = optional(handover.note(), Handover.NOTE_LIMIT, "projects.error.handover-note-too-long");
        updatedAt = now;
    }

    /** Completes the project: it needs the handover record, its signed scan, and every milestone done. */
    void complete(boolean handoverDocumentStored, Instant now) {
        requireStatus(ProjectStatus.IN_PROGRESS);
        if (handoverOn == null || !handoverDocumentStored) {
            throw new UserFacingException("projects.error.handover-required");
        }
        if (milestones.stream().anyMatch(milestone -> !milestone.isDone())) {
            throw new UserFacingException("projects.error.milestones-open");
        }
        status = ProjectStatus.COMPLETED;
        updatedAt = now;
    }

    /** A campaign may raise money for it until it is completed. */
    void link(long campaignId, Instant now) {
        if (status == ProjectStatus.COMPLETED) {
            throw new UserFacingException("projects.error.completed");
        }
        campaignIds.add(campaignId);
        updatedAt = now;
    }

    void unlink(long campaignId, Instant now) {
        campaignIds.remove(campaignId);
        updatedAt = now;
    }

    /** Whether a donor may designate a pledge of this campaign to it now. */
    boolean takesDesignationsFor(long campaignId) {
        return status == ProjectStatus.FUNDRAISING && campaignIds.contains(campaignId);
    }

    private void requireStatus(ProjectStatus expected) {
        if (status != expected) {
            throw new UserFacingException("projects.error.transition");
        }
    }

    // ---------------------------------------------------------------- reading

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    Programme programme() {
        return programme;
    }

    long fundUnitId() {
        return fundUnitId;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    String titleVi() {
        return titleVi;
    }

    String titleEn() {
        return titleEn;
    }

    String descriptionVi() {
        return descriptionVi;
    }

    String descriptionEn() {
        return descriptionEn;
    }

    ProjectStatus status() {
        return status;
    }

    Set<Long> campaignIds() {
        return Set.copyOf(campaignIds);
    }

    /** The target: the sum of the budget lines. */
    Money target() {
        return budgetLines.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    List<ProjectBudgetLine> budgetLines() {
        return budgetLines.stream()
                .map(line -> new ProjectBudgetLine(line.id() == null ? 0 : line.id(), line.labelVi(), line.labelEn(),
                        line.amount()))
                .toList();
    }

    List<ProjectMilestone> milestones(LocalDate today) {
        return milestones.stream().map(milestone -> milestone.view(today)).toList();
    }

    Handover handover() {
        return handoverOn == null ? null : new Handover(handoverOn, handoverReceivedBy, handoverNote);
    }

    @Override
    public String toString() {
        return "Project[" + id + ", " + status + ", " + programme + ", unit " + fundUnitId + ", " + slug + ", "
                + titleVi + ", lines " + budgetLines + ", milestones " + milestones + ", campaigns " + campaignIds
                + (handoverOn == null ? "" : ", handover " + handoverOn + " to " + handoverReceivedBy) + "]";
    }

    // ---------------------------------------------------------------- checks

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new UserFacingException(key);
        }
        return value;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(String text, int limit, String requiredKey, String tooLongKey) {
        String stripped = strip(text);
        if (stripped == null) {
            throw new UserFacingException(requiredKey);
        }
        if (stripped.length() > limit) {
            throw new UserFacingException(tooLongKey, limit);
        }
        return stripped;
    }

    private static String optional(String text, int limit, String tooLongKey) {
        String stripped = strip(text);
        if (stripped != null && stripped.length() > limit) {
            throw new UserFacingException(tooLongKey, limit);
        }
        return stripped;
    }
}
