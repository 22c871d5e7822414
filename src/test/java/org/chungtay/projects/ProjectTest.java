package org.chungtay.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** A project's lifecycle and rules, without Spring or a database. */
class ProjectTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final FundUnitRef DISTRICT = new FundUnitRef(3, 1L, "Huyện Ea Súp", 2, "/1/3/", true);
    private static final FundUnitRef OTHER = new FundUnitRef(4, 1L, "Huyện Lắk", 2, "/1/4/", true);

    @Test
    void theTargetIsTheSumOfTheBudgetLines() {
        Project project = proposed();

        assertThat(project.target()).isEqualTo(Money.vnd(225_000_000));
        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(project.status().isPublic()).isFalse();
    }

    @Test
    void itGoesFromProposedToCompletedOneStepAtATimeAndNeverSkipsOne() {
        Project project = proposed();
        refused(() -> project.markFunded(NOW), "projects.error.transition");
        refused(() -> project.startWork(NOW), "projects.error.transition");

        project.startFundraising(NOW);
        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDRAISING);
        refused(() -> project.startFundraising(NOW), "projects.error.transition");
        refused(() -> project.complete(true, NOW), "projects.error.transition");
        project.markFunded(NOW);
        project.startWork(NOW);
        assertThat(project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    }

    @Test
    void fundraisingNeedsABudget() {
        Project project = new Project(draft(List.of(), List.of()), DISTRICT, "du-an", TODAY, NOW);

        refused(() -> project.startFundraising(NOW), "projects.error.budget-required");
    }

    @Test
    void completingNeedsTheHandoverWithItsScanAndEveryMilestoneDone() {
        Project project = inProgress(List.of(new MilestoneDraft("Khởi công", null, TODAY.minusDays(10),
                MilestoneStatus.IN_PROGRESS, null)));
        refused(() -> project.complete(true, NOW), "projects.error.handover-required");

        project.recordHandover(new Handover(TODAY, "Trường Tiểu học Ea Súp", null), TODAY, NOW);
        refused(() -> project.complete(false, NOW), "projects.error.handover-required");
        refused(() -> project.complete(true, NOW), "projects.error.milestones-open");

        project.revise(draft(lines(project), List.of(new MilestoneDraft("Khởi công", null, TODAY.minusDays(10),
                MilestoneStatus.DONE, null))), DISTRICT, "du-an", TODAY, NOW);
        project.complete(true, NOW);

        assertThat(project.status()).isEqualTo(ProjectStatus.COMPLETED);
        refused(() -> project.revise(draft(lines(project), List.of()), DISTRICT, "du-an", TODAY, NOW),
                "projects.error.completed");
        refused(() -> project.link(9, NOW), "projects.error.completed");
    }

    @Test
    void aHandoverIsNeitherInTheFutureNorBeforeTheWorkStarted() {
        Project funded = proposed();
        funded.startFundraising(NOW);
        funded.markFunded(NOW);
        refused(() -> funded.recordHandover(new Handover(TODAY, "Trường", null), TODAY, NOW), "projects.error.transition");
        funded.startWork(NOW);

        refused(() -> funded.recordHandover(new Handover(TODAY.plusDays(1), "Trường", null), TODAY, NOW),
                "projects.error.handover-future");
        refused(() -> funded.recordHandover(new Handover(TODAY, " ", null), TODAY, NOW),
                "projects.error.handover-received-by-required");
    }

    @Test
    void aMilestonePastDueAndNotDoneIsLateAndADoneOneWithoutDateIsDoneToday() {
        Project project = new Project(draft(List.of(line(null, 1_000_000)), List.of(
                new MilestoneDraft("Móng", "Foundation", TODAY.minusDays(1), MilestoneStatus.IN_PROGRESS, null),
                new MilestoneDraft("Tường", "Walls", TODAY.minusDays(1), MilestoneStatus.DONE, null),
                new MilestoneDraft("Mái", "Roof", TODAY, MilestoneStatus.PLANNED, null))), DISTRICT, "du-an", TODAY, NOW);

        List<ProjectMilestone> milestones = project.milestones(TODAY);

        assertThat(milestones).extracting(ProjectMilestone::late).containsExactly(true, false, false);
        assertThat(milestones.get(1).doneOn()).isEqualTo(TODAY);
        refused(() -> new Project(draft(List.of(), List.of(new MilestoneDraft("Mái", null, TODAY,
                MilestoneStatus.DONE, TODAY.plusDays(1)))), DISTRICT, "du-an", TODAY, NOW),
                "projects.error.milestone-done-future");
    }

    @Test
    void theProgrammeAndUnitAreFixedOnceItRaisesMoneyAndTheBudgetOnceItIsFunded() {
        Project project = proposed();
        project.revise(new ProjectDraft(Programme.OTHER, OTHER.id(), null, "Nhà vệ sinh", null, null, null,
                lines(project), List.of()), OTHER, "du-an", TODAY, NOW);
        assertThat(project.programme()).isEqualTo(Programme.OTHER);
        project.startFundraising(NOW);

        refused(() -> project.revise(new ProjectDraft(Programme.DISABILITY_SERVICES, OTHER.id(), null, "Nhà vệ sinh",
                null, null, null, lines(project), List.of()), OTHER, "du-an", TODAY, NOW), "projects.error.programme-fixed");
        refused(() -> project.revise(new ProjectDraft(Programme.OTHER, DISTRICT.id(), null, "Nhà vệ sinh", null, null,
                null, lines(project), List.of()), DISTRICT, "du-an", TODAY, NOW), "projects.error.unit-fixed");
        project.revise(new ProjectDraft(Programme.OTHER, OTHER.id(), null, "Nhà vệ sinh", null, null, null,
                List.of(line(null, 5_000_000)), List.of()), OTHER, "du-an", TODAY, NOW);
        assertThat(project.target()).as("the budget changes while it raises money").isEqualTo(Money.vnd(5_000_000));

        project.markFunded(NOW);
        refused(() -> project.revise(new ProjectDraft(Programme.OTHER, OTHER.id(), null, "Nhà vệ sinh", null, null,
                null, List.of(line(null, 9_000_000)), List.of()), OTHER, "du-an", TODAY, NOW), "projects.error.budget-fixed");
    }

    @Test
    void onlyAFundraisingProjectLinkedToTheCampaignTakesDesignationsAndOnlyFundedOrStartedOnesArePaid() {
        Project project = proposed();
        project.link(5, NOW);
        assertThat(project.takesDesignationsFor(5)).isFalse();
        project.startFundraising(NOW);
        assertThat(project.takesDesignationsFor(5)).isTrue();
        assertThat(project.takesDesignationsFor(6)).isFalse();
        assertThat(project.status().isPayable()).isFalse();
        project.markFunded(NOW);
        assertThat(project.takesDesignationsFor(5)).isFalse();
        assertThat(project.status().isPayable()).isTrue();
    }

    @Test
    void textsAreCheckedAndTrimmed() {
        refused(() -> new Project(new ProjectDraft(Programme.OTHER, 3, null, "  ", null, null, null, List.of(), List.of()),
                DISTRICT, "du-an", TODAY, NOW), "projects.error.title-required");
        refused(() -> new Project(new ProjectDraft(null, 3, null, "Tên", null, null, null, List.of(), List.of()),
                DISTRICT, "du-an", TODAY, NOW), "projects.error.programme-required");
        refused(() -> new Project(draft(List.of(line(null, 0)), List.of()), DISTRICT, "du-an", TODAY, NOW),
                "projects.error.line-amount");
        refused(() -> new Project(draft(List.of(new BudgetLineDraft(null, "", null, Money.vnd(1))), List.of()),
                DISTRICT, "du-an", TODAY, NOW), "projects.error.line-label-required");
        Project project = new Project(new ProjectDraft(Programme.OTHER, 3, null, "  Sân chơi  ", " ", null, null,
                List.of(), List.of()), DISTRICT, "du-an", TODAY, NOW);
        assertThat(project.titleVi()).isEqualTo("Sân chơi");
        assertThat(project.titleEn()).isNull();
    }

    private static Project proposed() {
        return new Project(draft(List.of(line(null, 180_000_000), line(null, 45_000_000)), List.of()), DISTRICT,
                "du-an", TODAY, NOW);
    }

    private static Project inProgress(List<MilestoneDraft> milestones) {
        Project project = new Project(draft(List.of(line(null, 1_000_000)), milestones), DISTRICT, "du-an", TODAY, NOW);
        project.startFundraising(NOW);
        project.markFunded(NOW);
        project.startWork(NOW);
        return project;
    }

    /** The lines as they are (ids null outside a database), so that revising keeps the budget. */
    private static List<BudgetLineDraft> lines(Project project) {
        return project.budgetLines().stream()
                .map(line -> new BudgetLineDraft(null, line.labelVi(), line.labelEn(), line.amount())).toList();
    }

    private static BudgetLineDraft line(Long id, long amount) {
        return new BudgetLineDraft(id, "Hạng mục", "Item", Money.vnd(amount));
    }

    private static ProjectDraft draft(List<BudgetLineDraft> lines, List<MilestoneDraft> milestones) {
        return new ProjectDraft(Programme.DISADVANTAGED_COMMUNES, DISTRICT.id(), null, "Nhà vệ sinh Trường Ea Súp",
                "Toilet block", "Mô tả", null, lines, milestones);
    }

    private static void refused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
