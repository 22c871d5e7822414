package org.chungtay.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;

import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.projects.FundraisingProject;
import org.chungtay.shared.Programme;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The online pledge form without a browser or Spring: what it hands over, and what it refuses where. */
class PledgeFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final FundUnitRef COMMUNE = new FundUnitRef(7, 1L, "Xã Ea Tu", 2, "/1/7/", true);

    private final PledgeForm form = new PledgeForm(List.of(COMMUNE), TODAY);
    private final List<PledgeSubmission> handed = new ArrayList<>();

    PledgeFormTest() {
        form.addSubmitListener(event -> handed.add(event.submission()));
    }

    @Test
    void anEmptyFormMarksEveryMissingFieldAtOnceAndHandsNothingOver() {
        form.submit();

        assertThat(handed).isEmpty();
        assertInvalid(form.amount, "pledges.error.amount-positive");
        assertInvalid(form.donorName, "pledges.error.donor-name-required");
        assertInvalid(form.taxCode, TaxCode.INVALID_MESSAGE_KEY);
        assertInvalid(form.contactName, "pledges.error.contact-name-required");
        assertInvalid(form.email, EmailAddress.INVALID_MESSAGE_KEY);
        assertThat(form.phone.isInvalid()).isFalse();
    }

    @Test
    void aBusinessSponsorshipIsHandedOverWithItsScheduleAndNoOptInsUnlessTicked() {
        form.kind.setValue(PledgeKind.DIRECT_SPONSORSHIP);
        form.children.setValue(5);
        form.months.setValue(12);
        form.perChild.setValue("500.000");
        form.commune.setValue(COMMUNE);
        form.frequency.setValue(InstalmentFrequency.MONTHLY);
        form.count.setValue(12);
        business();
        form.appeals.setValue(true);

        form.submit();

        assertThat(handed).hasSize(1);
        PledgeSubmission submission = handed.getFirst();
        assertThat(submission.commitment().total()).isEqualTo(Money.vnd(30_000_000));
        assertThat(submission.commitment().preferredCommuneId()).isEqualTo(COMMUNE.id());
        assertThat(submission.plan().count()).isEqualTo(12);
        assertThat(submission.plan().firstDueDate()).isEqualTo(TODAY);
        assertThat(submission.organisation()).isTrue();
        assertThat(submission.taxCode()).isEqualTo("0100109106");
        assertThat(submission.appeals()).isTrue();
        assertThat(submission.progressUpdates()).isFalse();
    }

    @Test
    void fieldsOfAnotherKindOfDonorAreNeitherShownNorChecked() {
        form.amount.setValue("2.000.000");
        form.organisation.setValue(false);
        form.donorName.setValue("Nguyễn Văn Hùng");
        form.email.setValue("hung@example.com");

        form.submit();

        assertThat(form.taxCode.isVisible()).isFalse();
        assertThat(handed).singleElement().satisfies(submission -> {
            assertThat(submission.organisation()).isFalse();
            assertThat(submission.commitment().kind()).isEqualTo(PledgeKind.DONATION);
        });
    }

    @Test
    void valuesACraftedClientSendsPastTheBrowsersLimitsAreRefusedAtTheirFields() {
        form.kind.setValue(PledgeKind.DIRECT_SPONSORSHIP);
        form.children.setValue(5);
        form.months.setValue(100_000);
        form.perChild.setValue("500.000");
        form.firstDue.setValue(TODAY.minusDays(1));
        business();
        form.donorName.setValue("x".repeat(5_000));
        form.phone.setValue("+84 912 345 678 901 23");
        form.address.setValue("y".repeat(PledgeSubmission.ADDRESS_LIMIT + 1));

        form.submit();

        assertThat(handed).isEmpty();
        assertInvalid(form.months, "pledges.error.months");
        assertInvalid(form.firstDue, "pledges.error.first-due");
        assertInvalid(form.donorName, "pledges.error.donor-name-too-long");
        assertInvalid(form.phone, PhoneNumber.INVALID_MESSAGE_KEY);
        assertInvalid(form.address, "pledges.error.address-too-long");
        assertThat(form.children.isInvalid()).isFalse();
    }

    @Test
    void aNegativeOrHugeAmountIsRefusedAtTheAmount() {
        business();
        form.amount.setValue("-5");
        form.submit();
        assertInvalid(form.amount, Money.INVALID_MESSAGE_KEY);

        form.amount.setValue("99.999.999.999.999");
        form.submit();
        assertInvalid(form.amount, "pledges.error.amount-too-large");
        assertThat(handed).isEmpty();
    }

    @Test
    void aProblemTheServiceFindsIsShownAtItsField() {
        assertThat(form.showProblem(new UserFacingException("pledges.error.contact-name-too-long", 150))).isTrue();
        assertThat(form.contactName.isInvalid()).isTrue();
        assertThat(form.showProblem(new UserFacingException("pledges.error.too-many"))).isFalse();
    }

    @Test
    void aProjectFundingPledgeDesignatedToACampaignProjectNeedsNoProgrammeAndCarriesTheProject() {
        FundraisingProject toilets = new FundraisingProject(42, "nha-ve-sinh-ea-sup", "Nhà vệ sinh Trường Ea Súp",
                "Toilet block", Programme.DISADVANTAGED_COMMUNES);
        PledgeForm withProjects = new PledgeForm(List.of(COMMUNE), List.of(toilets), TODAY);
        List<PledgeSubmission> submitted = new ArrayList<>();
        withProjects.addSubmitListener(event -> submitted.add(event.submission()));
        withProjects.kind.setValue(PledgeKind.PROJECT_FUNDING);
        withProjects.amount.setValue("20.000.000");
        withProjects.project.setValue(toilets);
        withProjects.sector.setValue(Sector.ENTERPRISE);
        withProjects.donorName.setValue("Công ty TNHH Cà phê Ban Mê");
        withProjects.taxCode.setValue("0100109106");
        withProjects.contactName.setValue("Trần Thị Mai");
        withProjects.email.setValue("ketoan@caphebanme.vn");

        assertThat(withProjects.project.isVisible()).isTrue();
        assertThat(withProjects.programme.isVisible()).as("the project's programme counts").isFalse();
        withProjects.submit();

        assertThat(submitted).singleElement().satisfies(submission -> {
            assertThat(submission.commitment().projectId()).isEqualTo(42L);
            assertThat(submission.commitment().total()).isEqualTo(Money.vnd(20_000_000));
        });
    }

    @Test
    void theProjectChoiceIsHiddenForGoodsAndSponsorshipsAndWithoutProjects() {
        FundraisingProject toilets = new FundraisingProject(42, "nha-ve-sinh-ea-sup", "Nhà vệ sinh", null,
                Programme.OTHER);
        PledgeForm withProjects = new PledgeForm(List.of(COMMUNE), List.of(toilets), TODAY);
        withProjects.kind.setValue(PledgeKind.IN_KIND);
        assertThat(withProjects.project.isVisible()).isFalse();
        withProjects.kind.setValue(PledgeKind.DIRECT_SPONSORSHIP);
        assertThat(withProjects.project.isVisible()).isFalse();
        withProjects.kind.setValue(PledgeKind.DONATION);
        assertThat(withProjects.project.isVisible()).isTrue();
        form.kind.setValue(PledgeKind.DONATION);
        assertThat(form.project.isVisible()).as("a campaign without fundraising projects").isFalse();
    }

    private void business() {
        form.sector.setValue(Sector.ENTERPRISE);
        form.donorName.setValue("Công ty TNHH Cà phê Ban Mê");
        form.taxCode.setValue("0100109106");
        form.contactName.setValue("Trần Thị Mai");
        form.email.setValue("ketoan@caphebanme.vn");
    }

    private static void assertInvalid(HasValidation field, String messageKey) {
        assertThat(field.isInvalid()).as(messageKey).isTrue();
        assertThat(field.getErrorMessage()).contains(messageKey);
    }
}
