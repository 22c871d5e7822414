package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.projects.ProjectService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where a donor's money went, as staff of the donor's subtree read it. */
class WhereItWentIT extends IntegrationTest {

    @Autowired
    DisbursementService disbursements;

    @Autowired
    WhereItWent whereItWent;

    @Autowired
    Funding funding;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonorSeesWhatTheirGiftPaidForProjectByProjectAndWhatTheFundStillHolds() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Súp");
        String stranger = newStaff(Role.FUND_STAFF, newUnit("Quỹ xã khác"), "Người ngoài");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        var project = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES, unique("Lớp học Ea Súp"),
                100_000_000);
        var pledge = fixtures.pledge(campaign, 10_000_000, project.id(), "Công ty Cà phê Ban Mê", false);
        DisbursementTarget line = fixtures.funded(project);
        long payment = as(accountant, () -> fixtures.pay(pledge, 10_000_000, CampaignCalendar.today()));
        Pool projectPool = as(accountant, () -> disbursements.pools(Purpose.PROJECT, line.id())).stream()
                .filter(p -> p.kind() == Pool.Kind.PROJECT).findFirst().orElseThrow();
        as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.PROJECT, line.id(), projectPool.id(),
                Money.vnd(6_000_000), CampaignCalendar.today(), "Mái và tường", List.of())));

        WhereItWent.Report report = as(accountant, () -> whereItWent.ofDonor(pledge.donorId()));

        assertThat(report.total()).isEqualTo(Money.vnd(10_000_000));
        assertThat(report.unspent()).isEqualTo(Money.vnd(4_000_000));
        assertThat(report.shares()).singleElement().satisfies(share -> {
            assertThat(share.purpose()).isEqualTo(Purpose.PROJECT);
            assertThat(share.amount()).isEqualTo(Money.vnd(6_000_000));
            assertThat(share.labelVi()).isEqualTo(line.labelVi());
            assertThat(share.publicPath()).isEqualTo(line.publicPath());
        });
        assertThat(report.gifts()).singleElement().satisfies(gift -> {
            assertThat(gift.paymentId()).isEqualTo(payment);
            assertThat(gift.uses()).extracting(WhereItWent.Use::amount).containsExactly(Money.vnd(6_000_000));
            assertThat(gift.uses().getFirst().descriptionVi()).isEqualTo(line.labelVi() + " — Mái và tường");
            assertThat(gift.unspent()).isEqualTo(Money.vnd(4_000_000));
        });
        assertThatThrownBy(() -> as(stranger, () -> whereItWent.ofDonor(pledge.donorId())))
                .isInstanceOf(RuntimeException.class);
        // The project's own figures count the designated payment as received and the disbursement as paid out.
        ProjectFunding figures = new ProjectFunding(Money.vnd(10_000_000), Money.vnd(6_000_000));
        assertThat(funding.ofProject(project.id())).isEqualTo(figures);
        assertThat(as(accountant, () -> projects.get(project.id())).funding()).isEqualTo(figures);
    }
    @Test
    void aSignedInDonorReadsTheirOwnReportAndPaymentsOnlyAndStaffAndDonorsKeepToTheirOwnMethods() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Pui");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Cư Pui");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        var mine = fixtures.pledge(campaign, 3_000_000, null, "Bà Hồ Thị Mận", false);
        var theirs = fixtures.pledge(campaign, 9_000_000, null, "Ông Y Đức", false);
        long payment = as(accountant, () -> fixtures.pay(mine, 3_000_000, CampaignCalendar.today()));
        as(accountant, () -> fixtures.pay(theirs, 9_000_000, CampaignCalendar.today()));

        asDonor(mine.donorId(), "man@example.vn", () -> {
            WhereItWent.Report report = whereItWent.mine();
            assertThat(report.total()).isEqualTo(Money.vnd(3_000_000));
            assertThat(report.unspent()).isEqualTo(Money.vnd(3_000_000));
            assertThat(report.gifts()).extracting(WhereItWent.Gift::paymentId).containsExactly(payment);
            assertThat(whereItWent.myGifts(0, 10)).extracting(WhereItWent.Gift::paymentId).containsExactly(payment);
            assertThat(whereItWent.myGifts(1, 10)).isEmpty();
            assertThat(whereItWent.countMyGifts()).isEqualTo(1);
            assertThat(whereItWent.myProjects()).isEmpty();
            assertThatThrownBy(() -> whereItWent.ofDonor(theirs.donorId()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        });
        assertThatThrownBy(() -> as(accountant, () -> whereItWent.mine()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> whereItWent.myGifts(0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCommunesAccountantSpendsWhatADistrictCampaignRaisedForTheCommunesProject() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Ea Súp");
        FundUnitRef commune = newUnitUnder(district, "Xã Ia Lốp");
        CampaignDetails campaign = activeCampaign(district);
        String districtAccountant = newStaff(Role.ACCOUNTANT, district, "Kế toán huyện");
        String communeAccountant = newStaff(Role.ACCOUNTANT, commune, "Kế toán xã");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        var project = fixtures.fundraising(commune, campaign, Programme.DISADVANTAGED_COMMUNES, unique("Bếp ăn Ia Lốp"),
                50_000_000);
        var pledge = fixtures.pledge(campaign, 8_000_000, project.id(), "Công ty Gạo Ea Súp", false);
        DisbursementTarget line = fixtures.funded(project);
        // The district's campaign receives the gift; it is kept where the project is, at the commune.
        as(districtAccountant, () -> fixtures.pay(pledge, 8_000_000, CampaignCalendar.today()));

        Pool projectPool = as(communeAccountant, () -> disbursements.pools(Purpose.PROJECT, line.id())).stream()
                .filter(p -> p.kind() == Pool.Kind.PROJECT).findFirst().orElseThrow();
        assertThat(projectPool.available()).isEqualTo(Money.vnd(8_000_000));
        assertThat(projectPool.fundUnitId()).isEqualTo(commune.id());
        as(communeAccountant, () -> disbursements.request(new DisbursementEntry(Purpose.PROJECT, line.id(),
                projectPool.id(), Money.vnd(5_000_000), CampaignCalendar.today(), "Bếp và nồi", List.of())));
        assertThat(funding.ofProject(project.id())).isEqualTo(new ProjectFunding(Money.vnd(8_000_000),
                Money.vnd(5_000_000)));
    }

}
