package org.chungtay.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.LedgerFixtures;
import org.chungtay.ledger.Pool;
import org.chungtay.ledger.Purpose;
import org.chungtay.ledger.WhereItWent;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The projects a donor funded, as the donor reads them in the portal (and what the ledger says they gave): their
 * own projects with the updates for donors too; any other project is not found.
 */
class DonorProjectsIT extends IntegrationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    DisbursementService disbursements;

    @Autowired
    WhereItWent whereItWent;

    @Autowired
    ApplicationContext context;

    @Test
    void aDonorReadsTheProjectsTheirMoneyReachedWithDonorsOnlyUpdatesAndNoOtherProject() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Súp");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        ProjectDetails school = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES,
                unique("Lớp học Ea Súp"), 100_000_000);
        ProjectDetails toilets = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES,
                unique("Nhà vệ sinh Ea Súp"), 50_000_000);
        ProjectDetails playground = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES,
                unique("Sân chơi Ea Súp"), 50_000_000);
        var designated = fixtures.pledge(campaign, 10_000_000, school.id(), "Công ty Cà phê Ban Mê", false);
        var undesignated = fixtures.pledge(campaign, 4_000_000, null, "Bà Nguyễn Thị Lan", false);
        var others = fixtures.pledge(campaign, 5_000_000, toilets.id(), "Công ty Gạo", false);
        var promised = fixtures.pledge(campaign, 7_000_000, playground.id(), "Ông Hứa", false);
        DisbursementTarget line = fixtures.funded(school);
        as(accountant, () -> {
            fixtures.pay(designated, 10_000_000, CampaignCalendar.today());
            fixtures.pay(undesignated, 4_000_000, CampaignCalendar.today());
            fixtures.pay(others, 5_000_000, CampaignCalendar.today());
        });
        List<Pool> pools = as(accountant, () -> disbursements.pools(Purpose.PROJECT, line.id()));
        Pool projectPool = pools.stream().filter(p -> p.kind() == Pool.Kind.PROJECT).findFirst().orElseThrow();
        Pool general = pools.stream().filter(p -> p.kind() == Pool.Kind.GENERAL).findFirst().orElseThrow();
        as(accountant, () -> {
            disbursements.request(new DisbursementEntry(Purpose.PROJECT, line.id(), projectPool.id(),
                    Money.vnd(6_000_000), CampaignCalendar.today(), "Mái và tường", List.of()));
            disbursements.request(new DisbursementEntry(Purpose.PROJECT, line.id(), general.id(),
                    Money.vnd(3_000_000), CampaignCalendar.today(), "Bàn ghế", List.of()));
        });
        SystemActor.run(() -> {
            projects.postUpdate(school.id(), new UpdateDraft("Đã lợp mái.", "The roof is on.", UpdateVisibility.PUBLIC),
                    List.of(png()));
            projects.postUpdate(school.id(), new UpdateDraft("Hóa đơn vật liệu cho nhà tài trợ.", null,
                    UpdateVisibility.DONORS), List.of(png()));
            projects.postUpdate(toilets.id(), new UpdateDraft("Đã đào móng.", null, UpdateVisibility.DONORS),
                    List.of(png()));
        });
        String othersToken = SystemActor.call(() -> projects.get(toilets.id())).updates().getFirst().photoTokens()
                .getFirst();

        asDonor(designated.donorId(), "ban-me@example.vn", () -> {
            assertThat(projects.myProjects()).singleElement().satisfies(funded -> {
                assertThat(funded.slug()).isEqualTo(school.slug());
                assertThat(funded.given()).as("a designated payment counts in full").isEqualTo(Money.vnd(10_000_000));
            });
            DonorProjectDetails details = projects.myProject(school.slug()).orElseThrow();
            assertThat(details.given()).isEqualTo(Money.vnd(10_000_000));
            assertThat(details.funding().paidOut()).isEqualTo(Money.vnd(9_000_000));
            assertThat(details.updates()).extracting(ProjectUpdate::visibility)
                    .containsExactly(UpdateVisibility.DONORS, UpdateVisibility.PUBLIC);
            String token = details.updates().getFirst().photoTokens().getFirst();
            assertThat(projects.myPhoto(school.slug(), token)).isPresent();
            assertThat(projects.myPhoto(school.slug(), othersToken)).as("another project's photo").isEmpty();
            assertThat(projects.myProject(toilets.slug())).as("a project they did not fund").isEmpty();
            assertThat(projects.myProject("khong-co-du-an-nay")).isEmpty();
            assertThat(projects.myPhoto(toilets.slug(), othersToken)).isEmpty();
            assertThat(whereItWent.myGifts(0, 10)).singleElement().satisfies(gift ->
                    assertThat(gift.uses()).singleElement().satisfies(use -> {
                        assertThat(use.projectId()).isEqualTo(school.id());
                        assertThat(use.amount()).isEqualTo(Money.vnd(6_000_000));
                    }));
            assertThat(whereItWent.mine().unspent()).isEqualTo(Money.vnd(4_000_000));
        });
        asDonor(undesignated.donorId(), "lan@example.vn", () -> {
            assertThat(projects.myProjects()).as("part of an undesignated gift paid to the project")
                    .extracting(DonorProject::slug, DonorProject::given)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(school.slug(), Money.vnd(3_000_000)));
            assertThat(projects.myProject(school.slug())).isPresent();
        });
        asDonor(others.donorId(), "gao@example.vn", () -> {
            assertThat(projects.myProjects()).extracting(DonorProject::slug).containsExactly(toilets.slug());
            assertThat(projects.myProject(school.slug())).isEmpty();
            assertThat(projects.myPhoto(toilets.slug(), othersToken)).isPresent();
        });
        asDonor(promised.donorId(), "hua@example.vn", () -> {
            assertThat(projects.myProjects()).as("a designated pledge not paid yet funds nothing").isEmpty();
            assertThat(projects.myProject(playground.slug())).isEmpty();
        });
    }

    @Test
    void staffCannotCallTheDonorsMethodsAndDonorsCannotCallTheStaffs() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kao");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        ProjectDetails project = new LedgerFixtures(context).fundraising(unit, activeCampaign(unit),
                Programme.DISADVANTAGED_COMMUNES, unique("Cầu Ea Kao"), 10_000_000);

        assertThatThrownBy(() -> as(manager, () -> projects.myProjects())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> projects.myProject(project.slug())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> whereItWent.mine())).isInstanceOf(AccessDeniedException.class);
        asDonor(1L, "ai-do@example.vn", () -> {
            assertThatThrownBy(() -> projects.get(project.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.updatesFor(project.id(), UpdateVisibility.DONORS))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> whereItWent.ofDonor(1L)).isInstanceOf(AccessDeniedException.class);
        });
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
