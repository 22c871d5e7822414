package org.chungtay.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.MilestoneDraft;
import org.chungtay.projects.MilestoneStatus;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The project form without a browser or Spring: what it hands over, and what it refuses where. */
class ProjectFormTest {

    private static final FundUnitRef PROVINCE = new FundUnitRef(1, null, "Tỉnh Đắk Lắk", 1, "/1/", true);
    private static final FundUnitRef DISTRICT = new FundUnitRef(3, 1L, "Huyện Ea Súp", 2, "/1/3/", true);

    private final List<ProjectDraft> handed = new ArrayList<>();

    @Test
    void anEmptyFormMarksEveryMissingFieldAndEveryEmptyRowAtOnceAndHandsNothingOver() {
        ProjectForm form = new ProjectForm(List.of(PROVINCE, DISTRICT), null, ProjectStatus.PROPOSED);
        form.addLine.click();
        form.addMilestone.click();

        form.submit(handed::add);

        assertThat(handed).isEmpty();
        assertThat(form.programme.isInvalid()).isTrue();
        assertThat(form.fundUnit.isInvalid()).isTrue();
        assertThat(form.titleVi.isInvalid()).isTrue();
        assertThat(form.titleEn.isInvalid()).isFalse();
        assertThat(form.lines.getFirst().labelVi.isInvalid()).isTrue();
        assertThat(form.lines.getFirst().amount.isInvalid()).isTrue();
        assertThat(form.milestones.getFirst().titleVi.isInvalid()).isTrue();
        assertThat(form.milestones.getFirst().due.isInvalid()).isTrue();
    }

    @Test
    void aCompleteProjectIsHandedOverWithItsLinesAndMilestonesAndAnEmptyAddressLeftToTheService() {
        ProjectForm form = new ProjectForm(List.of(DISTRICT), null, ProjectStatus.PROPOSED);
        form.programme.setValue(Programme.DISADVANTAGED_COMMUNES);
        form.titleVi.setValue("Nhà vệ sinh Trường Tiểu học Ea Súp");
        form.descriptionVi.setValue("Khu vệ sinh mới cho 420 học sinh.");
        form.addLine.click();
        form.lines.getFirst().labelVi.setValue("Xây dựng");
        form.lines.getFirst().amount.setValue("180.000.000");
        form.addLine.click();
        form.lines.get(1).labelVi.setValue("Bể nước");
        form.lines.get(1).amount.setValue("45000000");
        form.addMilestone.click();
        form.milestones.getFirst().titleVi.setValue("Khởi công");
        form.milestones.getFirst().due.setValue(LocalDate.of(2027, 1, 15));

        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(draft -> {
            assertThat(draft.fundUnitId()).as("the only unit is chosen").isEqualTo(DISTRICT.id());
            assertThat(draft.slug()).isNull();
            assertThat(draft.budgetLines()).extracting(BudgetLineDraft::amount)
                    .containsExactly(Money.vnd(180_000_000), Money.vnd(45_000_000));
            assertThat(draft.milestones()).extracting(MilestoneDraft::status).containsExactly(MilestoneStatus.PLANNED);
        });
    }

    @Test
    void aLineRemovedIsNotHandedOverAndAWrongAmountIsMarked() {
        ProjectForm form = filled();
        form.addLine.click();
        form.lines.get(1).labelVi.setValue("Sai");
        form.lines.get(1).amount.setValue("không biết");
        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertThat(form.lines.get(1).amount.isInvalid()).isTrue();

        form.lines.get(1).remove.click();
        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(draft -> assertThat(draft.budgetLines()).hasSize(1));
    }

    @Test
    void aFundedProjectKeepsItsBudgetProgrammeAndUnitAndItsLinesTheirIds() {
        ProjectDraft existing = new ProjectDraft(Programme.OTHER, DISTRICT.id(), "san-choi", "Sân chơi", null, null,
                null, List.of(new BudgetLineDraft(71L, "Thiết bị", null, Money.vnd(95_000_000))), List.of());
        ProjectForm form = new ProjectForm(List.of(PROVINCE, DISTRICT), existing, ProjectStatus.FUNDED);

        assertThat(form.programme.isReadOnly()).isTrue();
        assertThat(form.fundUnit.isReadOnly()).isTrue();
        assertThat(form.addLine.isVisible()).isFalse();
        assertThat(form.lines.getFirst().amount.isReadOnly()).isTrue();
        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(draft -> {
            assertThat(draft.budgetLines()).extracting(BudgetLineDraft::id).containsExactly(71L);
            assertThat(draft.slug()).isEqualTo("san-choi");
        });
    }

    @Test
    void anAddressTakenByAnotherProjectIsShownOnTheAddressField() {
        ProjectForm form = filled();

        boolean shown = form.showOnField(new UserFacingException("projects.error.slug-taken", "san-choi"));

        assertThat(shown).isTrue();
        assertThat(form.slug.isInvalid()).isTrue();
        assertThat(form.showOnField(new UserFacingException("projects.error.transition"))).isFalse();
    }

    private static ProjectForm filled() {
        ProjectForm form = new ProjectForm(List.of(DISTRICT), null, ProjectStatus.PROPOSED);
        form.programme.setValue(Programme.OTHER);
        form.titleVi.setValue("Sân chơi");
        form.addLine.click();
        form.lines.getFirst().labelVi.setValue("Thiết bị");
        form.lines.getFirst().amount.setValue("95.000.000");
        return form;
    }
}
