package org.chungtay.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * A fundraising campaign of one fund unit: the Month of Action, Tết, Mid-Autumn, Children's Day, an
 * emergency appeal or anything else, with its names and descriptions in Vietnamese and English, goal,
 * dates (days in Vietnam), receiving bank account and public address (slug).
 *
 * <p>Its life:
 * <pre>
 *   DRAFT ──schedule──▶ SCHEDULED ──activate──▶ ACTIVE ──close──▶ CLOSED
 *     ▲                    │
 *     └───back to draft────┘
 * </pre>
 * <ul>
 * <li><b>Draft</b>: staff fill it in at their own pace; only the kind, the fund unit and the Vietnamese
 *     name are needed. Drafts are also what "prepare next year's campaign" and the campaign calendar
 *     produce.</li>
 * <li><b>Scheduled</b>: complete (goal, start and end dates, the whole bank account) and waiting for its
 *     start date. The daily job opens it on that day; a manager may open it early, which moves the start
 *     date to today. Scheduling a campaign whose dates are already past records a campaign that ran
 *     before Chung Tay: the next run of the job opens and closes it on its own dates.</li>
 * <li><b>Active</b>: collecting, and shown on the public pages. Names, descriptions, cover, goal and end
 *     date may still change; kind, fund unit, start date, account and address do not, because donors
 *     and their transfers already refer to them.</li>
 * <li><b>Closed</b>: the day after the end date the job closes it, or a manager closes it early. From
 *     then on it is read-only. Its closing date is the last day it collected: the end date, or the day
 *     a manager closed it.</li>
 * </ul>
 * An emergency appeal (Decree 93/2021) has a bank account no other campaign uses, collects for at most
 * {@value CampaignDraft#EMERGENCY_MAX_DAYS} days, and once closed shows the deadline by which the money
 * must be handed out: {@value CampaignDraft#DISTRIBUTION_DAYS} days after its closing date.
 *
 * <p>The four yearly kinds also carry their occasion (the year of the Tết, the Month of Action…) so
 * that a fund unit has at most one campaign per occasion; the database enforces it, so two nodes or two
 * runs of the campaign calendar cannot both prepare the same one.
 */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    /** The unit's materialised path, copied because units never move: scoping is a prefix query. */
    @Column(name = "fund_unit_path", nullable = false, length = 500)
    private String fundUnitPath;

    @Column(nullable = false, length = CampaignSlug.MAX_LENGTH)
    private String slug;

    @Column(name = "name_vi", nullable = false, length = CampaignDraft.NAME_LIMIT)
    private String nameVi;

    @Column(name = "name_en", length = CampaignDraft.NAME_LIMIT)
    private String nameEn;

    @Column(name = "description_vi", length = CampaignDraft.DESCRIPTION_LIMIT)
    private String descriptionVi;

    @Column(name = "description_en", length = CampaignDraft.DESCRIPTION_LIMIT)
    private String descriptionEn;

    @Column(name = "goal")
    private Money goal;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "occasion_year")
    private Integer occasionYear;

    @Column(name = "bank_bin", length = 6)
    private String bankBin;

    @Column(name = "account_number", length = CampaignDraft.ACCOUNT_NUMBER_LIMIT)
    private String accountNumber;

    @Column(name = "account_name", length = CampaignDraft.ACCOUNT_NAME_LIMIT)
    private String accountName;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Whether the contacts who opted in to appeals get an announcement when it opens (DD024). */
    @Column(name = "announce_on_open", nullable = false)
    private boolean announceOnOpen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    /** A new draft from a checked draft ({@link CampaignRules#checked}) with its slug and occasion decided. */
    Campaign(CampaignDraft checked, FundUnitRef unit, String slug, Integer occasionYear, Instant now) {
        this.status = CampaignStatus.DRAFT;
        this.createdAt = now;
        apply(checked, unit, slug, occasionYear, now);
    }

    /**
     * Changes what a person may still change in the current status.
     *
     * @throws UserFacingException if the campaign is closed, if an active campaign would change what
     *         donors rely on, or if a scheduled or active campaign would lose what it needs to run
     */
    void revise(CampaignDraft checked, FundUnitRef unit, String newSlug, Integer newOccasionYear, LocalDate today,
            Instant now) {
        requireOpenForChanges();
        if (status == CampaignStatus.ACTIVE) {
            boolean locked = checked.kind() != kind || unit.id() != fundUnitId
                    || !Objects.equals(checked.startDate(), startDate) || !checked.account().equals(account())
                    || !slug.equals(newSlug);
            if (locked) {
                throw new UserFacingException("campaigns.error.locked-while-active");
            }
            if (checked.endDate() != null && checked.endDate().isBefore(today)) {
                throw new UserFacingException("campaigns.error.end-in-past");
            }
        }
        apply(checked, unit, newSlug, newOccasionYear, now);
        if (status != CampaignStatus.DRAFT) {
            requireReady();
        }
    }

    private void apply(CampaignDraft checked, FundUnitRef unit, String newSlug, Integer newOccasionYear, Instant now) {
        this.kind = checked.kind();
        this.fundUnitId = unit.id();
        this.fundUnitPath = unit.path();
        this.slug = newSlug;
        this.nameVi = checked.nameVi();
        this.nameEn = checked.nameEn();
        this.descriptionVi = checked.descriptionVi();
        this.descriptionEn = checked.descriptionEn();
        this.goal = checked.goal();
        this.startDate = checked.startDate();
        this.endDate = checked.endDate();
        this.occasionYear = kind.isYearly() ? newOccasionYear : null;
        this.bankBin = checked.account().bankBin();
        this.accountNumber = checked.account().accountNumber();
        this.accountName = checked.account().accountName();
        this.updatedAt = now;
    }

    void schedule(Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw new UserFacingException("campaigns.error.schedule-only-draft");
        }
        requireReady();
        status = CampaignStatus.SCHEDULED;
        updatedAt = now;
    }

    void backToDraft(Instant now) {
        if (status != CampaignStatus.SCHEDULED) {
            throw new UserFacingException("campaigns.error.back-to-draft-only-scheduled");
        }
        status = CampaignStatus.DRAFT;
        updatedAt = now;
    }

    /**
     * Opens a scheduled campaign now, at a manager's request: before its start date, the start moves to
     * today.
     */
    void activate(LocalDate today, Instant now) {
        requireScheduledAndReady();
        if (endDate.isBefore(today)) {
            throw new UserFacingException("campaigns.error.already-ended");
        }
        if (startDate.isAfter(today)) {
            CampaignRules.checkDates(kind, today, endDate);
            startDate = today;
        }
        becomeActive(now);
    }

    /** Opens a scheduled campaign whose start date has come, as the daily job does. */
    void activateOnStartDate(LocalDate today, Instant now) {
        requireScheduledAndReady();
        if (startDate.isAfter(today)) {
            throw new IllegalStateException("Campaign " + id + " starts on " + startDate + ", not by " + today);
        }
        becomeActive(now);
    }

    private void requireScheduledAndReady() {
        if (status != CampaignStatus.SCHEDULED) {
            throw new UserFacingException("campaigns.error.activate-only-scheduled");
        }
        requireReady();
    }

    private void becomeActive(Instant now) {
        status = CampaignStatus.ACTIVE;
        activatedAt = now;
        updatedAt = now;
    }

    /**
     * Decides whether its opening is announced; only until it opens, because the announcement goes when it
     * opens.
     */
    void announceOnOpen(boolean announce, Instant now) {
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.SCHEDULED) {
            throw new UserFacingException("campaigns.error.announce-only-before-opening");
        }
        announceOnOpen = announce;
        updatedAt = now;
    }

    boolean announcesOnOpen() {
        return announceOnOpen;
    }

    /** Ends the collection: today when closed early, otherwise on the end date. */
    void close(LocalDate today, Instant now) {
        if (status != CampaignStatus.ACTIVE) {
            throw new UserFacingException("campaigns.error.close-only-active");
        }
        closedOn = today.isBefore(endDate) ? today : endDate;
        status = CampaignStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    void requireOpenForChanges() {
        if (status == CampaignStatus.CLOSED) {
            throw new UserFacingException("campaigns.error.closed");
        }
    }

    /** What a campaign needs before it may be scheduled or opened. */
    void requireReady() {
        if (goal == null) {
            throw new UserFacingException("campaigns.error.goal-required");
        }
        if (startDate == null || endDate == null) {
            throw new UserFacingException("campaigns.error.dates-required");
        }
        if (!account().isComplete()) {
            throw new UserFacingException("campaigns.error.account-required");
        }
    }

    boolean isReady() {
        return goal != null && startDate != null && endDate != null && account().isComplete();
    }

    /** For a closed emergency appeal, the last day to hand out what it collected. */
    Optional<LocalDate> distributionDeadline() {
        return kind == CampaignKind.EMERGENCY_APPEAL && closedOn != null
                ? Optional.of(closedOn.plusDays(CampaignDraft.DISTRIBUTION_DAYS)) : Optional.empty();
    }

    /** The campaign's texts, goal, dates and account as a draft, for a copy or an edit form. */
    CampaignDraft toDraft() {
        return new CampaignDraft(kind, fundUnitId, nameVi, nameEn, descriptionVi, descriptionEn, goal, startDate,
                endDate, account(), slug);
    }

    Long id() {
        return id;
    }

    CampaignKind kind() {
        return kind;
    }

    CampaignStatus status() {
        return status;
    }

    long fundUnitId() {
        return fundUnitId;
    }

    String fundUnitPath() {
        return fundUnitPath;
    }

    String slug() {
        return slug;
    }

    String nameVi() {
        return nameVi;
    }

    String nameEn() {
        return nameEn;
    }

    String descriptionVi() {
        return descriptionVi;
    }

    String descriptionEn() {
        return descriptionEn;
    }

    Money goal() {
        return goal;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    Integer occasionYear() {
        return occasionYear;
    }

    ReceivingAccount account() {
        return new ReceivingAccount(bankBin, accountNumber, accountName);
    }

    LocalDate closedOn() {
        return closedOn;
    }

    @Override
    public String toString() {
        return "Campaign[id=" + id + ", kind=" + kind + ", status=" + status + ", slug=" + slug
                + ", fundUnit=" + fundUnitId + ", name=" + nameVi + ", goal=" + (goal == null ? null : goal.amount())
                + ", dates=" + startDate + ".." + endDate + ", occasion=" + occasionYear
                + ", account=" + bankBin + "/" + accountNumber + "/" + accountName
                + (closedOn == null ? "" : ", closedOn=" + closedOn) + ", announceOnOpen=" + announceOnOpen + "]";
    }
}
