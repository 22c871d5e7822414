package org.chungtay.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.Purpose;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.pledges.SubmittedPledge;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Projects on the real database: scoping, lifecycle, designation of pledges, the ledger's targets, updates. */
class ProjectServiceIT extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% biên bản bàn giao\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectDisbursementTargets targets;

    @Autowired
    PledgeService pledges;

    @Test
    void anotherUnitsStaffNeitherSeesNorChangesNorPaysAProject() {
        FundUnitRef eaSup = newUnit("Huyện Ea Súp");
        FundUnitRef lak = newUnit("Huyện Lắk");
        String manager = newStaff(Role.FUND_MANAGER, eaSup, "Nguyễn Thị Lan");
        String stranger = newStaff(Role.ADMIN, lak, "Lê Văn Tám");
        ProjectDetails project = as(manager, () -> projects.create(draft(eaSup, "Nhà vệ sinh Ea Súp")));
        as(manager, () -> {
            projects.startFundraising(project.id());
            projects.markFunded(project.id());
        });
        long lineId = project.budgetLines().getFirst().id();

        as(stranger, () -> {
            assertThatThrownBy(() -> projects.get(project.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.update(project.id(), draft(eaSup, "Đổi tên")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.postUpdate(project.id(), new UpdateDraft("Tin", null,
                    UpdateVisibility.PUBLIC), List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.create(draft(eaSup, "Dự án lạ"))).isInstanceOf(AccessDeniedException.class);
            assertThat(projects.list(ProjectFilter.ALL, 0, 50)).extracting(ProjectSummary::id).doesNotContain(project.id());
            assertThat(targets.find(Purpose.PROJECT, lineId)).isEmpty();
            assertThat(targets.search(Purpose.PROJECT, "Ea Sup", 10)).isEmpty();
        });
        assertThat(as(manager, () -> targets.find(Purpose.PROJECT, lineId))).isPresent();
    }

    @Test
    void aProjectGoesThroughItsLifeStepByStepAndEveryChangeIsAudited() {
        FundUnitRef unit = newUnit("Huyện Krông Bông");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Hoa");
        String staffMember = newStaff(Role.FUND_STAFF, unit, "Trần Văn Minh");
        CampaignDetails campaign = activeCampaign(unit);
        LocalDate today = CampaignCalendar.today();

        ProjectDetails created = as(staffMember, () -> projects.create(new ProjectDraft(Programme.EARLY_CHILDHOOD_CARE,
                unit.id(), null, "Phòng học mầm non Ko Tam " + UUID.randomUUID().toString().substring(0, 6), null,
                "Một phòng học cho 30 cháu.", null,
                List.of(new BudgetLineDraft(null, "Xây phòng học", "Classroom", Money.vnd(240_000_000)),
                        new BudgetLineDraft(null, "Bàn ghế", null, Money.vnd(35_000_000))),
                List.of(new MilestoneDraft("Bàn giao", "Handover", today.minusDays(1), MilestoneStatus.PLANNED, null)))));
        assertThat(created.slug()).startsWith("phong-hoc-mam-non-ko-tam");
        assertThat(created.target()).isEqualTo(Money.vnd(275_000_000));
        assertThat(created.milestones().getFirst().late()).isTrue();
        assertThatThrownBy(() -> as(staffMember, () -> projects.startFundraising(created.id())))
                .as("fund staff edit; managers move the lifecycle").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> projects.update(created.id(), created.toDraft())))
                .as("accountants read only").isInstanceOf(AccessDeniedException.class);

        long id = created.id();
        long firstLine = created.budgetLines().getFirst().id();
        ProjectDetails revised = as(staffMember, () -> projects.update(id, new ProjectDraft(created.programme(),
                unit.id(), null, created.titleVi(), null, created.descriptionVi(), null,
                List.of(new BudgetLineDraft(firstLine, "Xây phòng học", "Classroom", Money.vnd(250_000_000)),
                        new BudgetLineDraft(null, "Đồ chơi", "Toys", Money.vnd(10_000_000))),
                created.milestones().stream().map(ProjectMilestone::toDraft).toList())));
        assertThat(revised.budgetLines()).extracting(ProjectBudgetLine::id).as("a kept line keeps its id")
                .hasSize(2).startsWith(firstLine);
        assertThat(revised.target()).isEqualTo(Money.vnd(260_000_000));
        as(manager, () -> {
            projects.startFundraising(id);
            projects.linkCampaign(id, campaign.id());
            projects.markFunded(id);
            projects.startWork(id);
            assertThatThrownBy(() -> projects.complete(id)).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("projects.error.handover-required"));
            projects.recordHandover(id, new Handover(today, "Trường Mẫu giáo Hoa Pơ Lang", "Đã nghiệm thu"),
                    "bien-ban.pdf", PDF);
            ProjectDetails current = projects.get(id);
            projects.update(id, new ProjectDraft(current.programme(), current.fundUnitId(), null, current.titleVi(),
                    "Kindergarten classroom", current.descriptionVi(), null,
                    current.budgetLines().stream().map(ProjectBudgetLine::toDraft).toList(),
                    List.of(new MilestoneDraft("Bàn giao", "Handover", today.minusDays(1), MilestoneStatus.DONE, today))));
            projects.complete(id);
        });

        ProjectDetails completed = as(accountant, () -> projects.get(id));
        assertThat(completed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(completed.slug()).as("the address stays once public").isEqualTo(created.slug());
        assertThat(completed.hasHandoverDocument()).isTrue();
        assertThat(completed.campaignIds()).containsExactly(campaign.id());
        assertThat(as(accountant, () -> projects.handoverDocument(id))).hasValueSatisfying(
                document -> assertThat(document.isPdf()).isTrue());
        assertThat(completed.history()).extracting(AuditRecord::action).containsExactly("created", "updated", "fundraising",
                "campaign-linked", "funded", "work-started", "handover-document", "handover-recorded", "updated",
                "completed");
        assertThat(completed.history()).extracting(AuditRecord::actor).contains(staffMember, manager);
    }

    @Test
    void aPledgeIsDesignatedOnlyToAFundraisingProjectOfItsOwnCampaignAndTakesTheProjectsProgramme() {
        FundUnitRef unit = newUnit("Huyện Buôn Đôn");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        CampaignDetails campaign = activeCampaign(unit);
        CampaignDetails otherCampaign = activeCampaign(unit);
        ProjectDetails linked = as(manager, () -> projects.create(draft(unit, "Sân chơi Buôn Đôn")));
        ProjectDetails elsewhere = as(manager, () -> projects.create(draft(unit, "Thư viện Buôn Đôn")));
        ProjectDetails proposed = as(manager, () -> projects.create(draft(unit, "Bếp ăn Buôn Đôn")));
        as(manager, () -> {
            projects.startFundraising(linked.id());
            projects.linkCampaign(linked.id(), campaign.id());
            projects.startFundraising(elsewhere.id());
            projects.linkCampaign(elsewhere.id(), otherCampaign.id());
            projects.linkCampaign(proposed.id(), campaign.id());
        });

        assertThat(pledges.projectsOf(campaign.slug())).extracting(FundraisingProject::id).containsExactly(linked.id());
        SubmittedPledge pledge = pledges.submitOnline(campaign.slug(), submission(PledgeKind.PROJECT_FUNDING,
                Programme.VIOLENCE_PREVENTION, linked.id()), "198.51.100.21");
        var details = SystemActor.call(() -> pledges.get(pledge.id()));
        assertThat(details.pledge().projectId()).isEqualTo(linked.id());
        assertThat(details.pledge().programme()).as("the project's programme, whatever the client sent")
                .isEqualTo(Programme.DISADVANTAGED_COMMUNES);
        assertThat(details.projectTitle()).isEqualTo(linked.titleVi());
        assertThat(pledges.confirmation(pledge.accessToken())).hasValueSatisfying(
                confirmation -> assertThat(confirmation.projectTitle(Locale.of("vi"))).isEqualTo(linked.titleVi()));

        for (long crafted : List.of(elsewhere.id(), proposed.id(), Long.MAX_VALUE)) {
            assertThatThrownBy(() -> pledges.submitOnline(campaign.slug(), submission(PledgeKind.DONATION, null, crafted),
                    "198.51.100.22")).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("pledges.error.project-not-open"));
        }
        as(manager, () -> projects.markFunded(linked.id()));
        assertThatThrownBy(() -> pledges.submitOnline(campaign.slug(), submission(PledgeKind.DONATION, null, linked.id()),
                "198.51.100.23")).as("a funded project takes no more designations")
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void theLedgerPaysOnlyBudgetLinesOfFundedOrStartedProjectsLabelledInBothLanguages() {
        FundUnitRef unit = newUnit("Huyện Ea Kar");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Hoa");
        String word = "Giếng" + UUID.randomUUID().toString().substring(0, 6);
        ProjectDetails project = as(manager, () -> projects.create(new ProjectDraft(Programme.DISADVANTAGED_COMMUNES,
                unit.id(), null, word + " nước sạch Đắk Nuê", "Clean water well", null, null,
                List.of(new BudgetLineDraft(null, "Khoan giếng", "Drilling", Money.vnd(60_000_000))), List.of())));
        as(manager, () -> projects.startFundraising(project.id()));
        assertThat(as(accountant, () -> targets.search(Purpose.PROJECT, word, 10))).as("still raising money").isEmpty();

        as(manager, () -> projects.markFunded(project.id()));
        List<DisbursementTarget> found = as(accountant, () -> targets.search(Purpose.PROJECT,
                SearchTextFree.fold(word) + " nuoc sach", 10));

        assertThat(found).singleElement().satisfies(target -> {
            assertThat(target.id()).isEqualTo(project.budgetLines().getFirst().id());
            assertThat(target.projectId()).isEqualTo(project.id());
            assertThat(target.labelVi()).isEqualTo(word + " nước sạch Đắk Nuê — Khoan giếng");
            assertThat(target.labelEn()).isEqualTo("Clean water well — Drilling");
            assertThat(target.budget()).isEqualTo(Money.vnd(60_000_000));
            assertThat(target.programme()).isEqualTo(Programme.DISADVANTAGED_COMMUNES);
            assertThat(target.fundUnitPath()).isEqualTo(unit.path());
            assertThat(target.publicPath()).isEqualTo("projects/" + project.slug());
        });
        assertThat(as(accountant, () -> targets.search(Purpose.SUPPORT_CASE, word, 10))).isEmpty();
    }

    @Test
    void donorsOnlyUpdatesAreNeverGivenToThePublicAndTheStaffListPagesAndSearchesInTheDatabase() {
        FundUnitRef unit = newUnit("Huyện M'Drắk");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        ProjectDetails project = as(manager, () -> projects.create(draft(unit, "Cầu treo đến trường M'Drắk")));
        as(manager, () -> {
            assertThatThrownBy(() -> projects.postUpdate(project.id(), new UpdateDraft("Sớm quá", null,
                    UpdateVisibility.PUBLIC), List.of())).isInstanceOf(UserFacingException.class);
            projects.startFundraising(project.id());
            projects.postUpdate(project.id(), new UpdateDraft("Công khai", "Public", UpdateVisibility.PUBLIC), List.of());
            projects.postUpdate(project.id(), new UpdateDraft("Riêng nhà tài trợ", null, UpdateVisibility.DONORS),
                    List.of());
        });

        assertThat(projects.updatesFor(project.id(), UpdateVisibility.PUBLIC)).extracting(ProjectUpdate::textVi)
                .containsExactly("Công khai");
        assertThatThrownBy(() -> projects.updatesFor(project.id(), UpdateVisibility.DONORS))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(as(manager, () -> projects.updatesFor(project.id(), UpdateVisibility.DONORS)))
                .extracting(ProjectUpdate::textVi).containsExactly("Riêng nhà tài trợ", "Công khai");

        as(manager, () -> {
            for (int i = 0; i < 3; i++) {
                projects.create(draft(unit, "Dự án phụ " + i));
            }
            ProjectFilter byTitle = new ProjectFilter(null, null, "cau treo");
            assertThat(projects.list(byTitle, 0, 10)).extracting(ProjectSummary::id).containsExactly(project.id());
            assertThat(projects.count(ProjectFilter.ALL)).isEqualTo(4);
            assertThat(projects.list(ProjectFilter.ALL, 1, 2)).hasSize(2);
            assertThat(projects.list(new ProjectFilter(null, ProjectStatus.FUNDRAISING, null), 0, 10))
                    .extracting(ProjectSummary::id).containsExactly(project.id());
            assertThat(projects.list(new ProjectFilter(Programme.OTHER, null, null), 0, 10)).isEmpty();
        });
    }

    private static ProjectDraft draft(FundUnitRef unit, String title) {
        return new ProjectDraft(Programme.DISADVANTAGED_COMMUNES, unit.id(), null,
                title + " " + UUID.randomUUID().toString().substring(0, 6), null, "Mô tả", null,
                List.of(new BudgetLineDraft(null, "Xây dựng", "Building", Money.vnd(100_000_000))), List.of());
    }

    private static PledgeSubmission submission(PledgeKind kind, Programme programme, long projectId) {
        return new PledgeSubmission(UUID.randomUUID().toString(), "",
                new Commitment(kind, Money.vnd(5_000_000), programme, 0, 0, null, null, null, projectId),
                InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, "Nguyễn Văn Hùng", null, null,
                "hung" + UUID.randomUUID().toString().substring(0, 6) + "@example.com", null, null, Locale.of("vi"),
                false, false, false);
    }

    /** The search is accent-insensitive: an accountant may type without diacritics. */
    private static final class SearchTextFree {
        static String fold(String text) {
            return org.chungtay.shared.SearchText.normalise(text);
        }
    }
}
