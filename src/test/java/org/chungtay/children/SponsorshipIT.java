package org.chungtay.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.DisbursementTargets;
import org.chungtay.ledger.Purpose;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Direct sponsorships on the real database: matching children to a business's pledge, deliveries recorded by the
 * commune's staff with the sponsor told, late months flagged to the staff, and the ledger's targets, the child
 * only ever as a pseudonym outside the caseworkers' views.
 */
class SponsorshipIT extends IntegrationTest {

    @Autowired
    ChildService children;

    @Autowired
    SponsorshipService sponsorships;

    @Autowired
    PledgeService pledges;

    @Autowired
    List<DisbursementTargets> targets;

    @Autowired
    JdbcClient jdbc;

    private record World(FundUnitRef district, FundUnitRef commune, String caseworker, String staff, String accountant,
            long pledgeId) {
    }

    /** A district's campaign with a confirmed pledge of a business to sponsor two children for 12 months. */
    private World world() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Ea Súp");
        FundUnitRef commune = newUnitUnder(district, "Xã Ea Rốk");
        CampaignDetails campaign = activeCampaign(district);
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.sponsorship(2, 12, Money.vnd(500_000), null, null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), true, Sector.ENTERPRISE, unique("Công ty Cà phê Ea Súp"),
                DonorTestData.newTaxCode().value(), "Trần Thị Mai",
                "mai." + UUID.randomUUID().toString().substring(0, 6) + "@caphe.example",
                null, null, Locale.of("vi"), true, false, true), "10.0.0." + (1 + (int) (Math.random() * 200))).id();
        SystemActor.run(() -> pledges.confirm(pledgeId));
        return new World(district, commune, newStaff(Role.CASEWORKER, commune, "H’Nhi Êban"),
                newStaff(Role.FUND_STAFF, commune, "Trần Văn Minh"), newStaff(Role.ACCOUNTANT, district, "Lê Thị Hoa"),
                pledgeId);
    }

    private Child child(World world, String fullName) {
        return as(world.caseworker(), () -> children.register(new ChildEntry(fullName, "Hoa",
                VietnamTime.today().minusYears(10), Gender.FEMALE, world.commune().id(), CircumstanceCategory.ORPHANED,
                "Y Moan Niê", "Bà ngoại", PhoneNumber.parse("0912345678"), null)));
    }

    @Test
    void aCaseworkerMatchesChildrenUpToThePledgesNumberAndOthersSeeThemAsPseudonymsOnly() {
        World world = world();
        String fullName = unique("Phạm Thị Hoa");
        Child first = child(world, fullName);
        Child second = child(world, unique("Phạm Thị Hoa"));
        Child third = child(world, unique("Phạm Thị Hoa"));
        YearMonth now = YearMonth.from(VietnamTime.today());

        assertThat(as(world.caseworker(), () -> sponsorships.matchablePledges("", 50)))
                .extracting(pledge -> pledge.id()).contains(world.pledgeId());
        Sponsorship matched = as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), first.id(),
                new SponsorshipTerms(null, now, now.plusMonths(11))));
        assertThat(matched.amountPerMonth()).as("the pledge's amount by default").isEqualTo(Money.vnd(500_000));
        assertThat(as(world.caseworker(), () -> sponsorships.months(matched.id()))).hasSize(12).first()
                .satisfies(month -> assertThat(month.dueOn()).isEqualTo(now.plusMonths(1).atDay(10)));
        assertThatThrownBy(() -> as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), second.id(),
                new SponsorshipTerms(null, now, now.plusMonths(12))))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.too-many-months"));
        as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), second.id(),
                new SponsorshipTerms(Money.vnd(600_000), now, now.plusMonths(5))));
        assertThatThrownBy(() -> as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), third.id(),
                new SponsorshipTerms(null, now, now)))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.pledge-full"));
        assertThatThrownBy(() -> as(world.staff(), () -> sponsorships.match(world.pledgeId(), third.id(),
                new SponsorshipTerms(null, now, now)))).isInstanceOf(AccessDeniedException.class);

        List<Sponsorship> ofPledge = as(world.accountant(), () -> sponsorships.ofPledge(world.pledgeId()));
        assertThat(ofPledge).extracting(s -> s.child().code()).containsExactly(first.code(), second.code());
        assertThat(ofPledge.toString()).doesNotContain(fullName).doesNotContain("Hoa,").doesNotContain("Y Moan");
        assertThat(ofPledge).allSatisfy(s -> assertThat(s.child().sharedGivenName()).isNull());
        ChildProfile profile = as(world.staff(), () -> sponsorships.profile(matched.id()));
        assertThat(profile.pseudonym().code()).isEqualTo(first.code());
        assertThat(profile.notes()).isEmpty();
        assertThat(profile.toString()).doesNotContain(fullName);
    }

    @Test
    void communeStaffRecordADeliveryWithTheReceiptAndTheSponsorIsToldByPseudonymOnly() {
        World world = world();
        String fullName = unique("Đinh Thị Hoa");
        Child child = child(world, fullName);
        YearMonth now = YearMonth.from(VietnamTime.today());
        Sponsorship sponsorship = as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), child.id(),
                new SponsorshipTerms(null, now.minusMonths(1), now.plusMonths(10))));
        SponsoredMonth first = as(world.staff(), () -> sponsorships.months(sponsorship.id())).getFirst();
        DeliveryEntry entry = new DeliveryEntry(VietnamTime.today(), Money.vnd(500_000), DeliveryMethod.CASH,
                ScannedDocument.of("bien-nhan.png", ChildRegisterIT.png()));

        assertThatThrownBy(() -> as(world.caseworker(), () -> sponsorships.recordDelivery(first.id(), entry)))
                .isInstanceOf(AccessDeniedException.class);
        FundUnitRef otherCommune = newUnitUnder(world.district(), "Xã Ya Tờ Mốt");
        String otherStaff = newStaff(Role.FUND_STAFF, otherCommune, "Võ Văn Ba");
        assertThatThrownBy(() -> as(otherStaff, () -> sponsorships.recordDelivery(first.id(), entry)))
                .isInstanceOf(AccessDeniedException.class);

        SponsoredMonth recorded = as(world.staff(), () -> sponsorships.recordDelivery(first.id(), entry));
        assertThat(recorded.delivered()).isTrue();
        assertThat(recorded.receiptName()).isEqualTo("bien-nhan.png");
        assertThatThrownBy(() -> as(world.staff(), () -> sponsorships.recordDelivery(first.id(), entry)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.already-delivered"));
        assertThat(as(world.staff(), () -> sponsorships.receipt(first.id()))).get()
                .satisfies(receipt -> assertThat(receipt.contentType()).isEqualTo("image/png"));
        assertThatThrownBy(() -> as(world.accountant(), () -> sponsorships.receipt(first.id())))
                .isInstanceOf(AccessDeniedException.class);
        SponsoredMonth future = as(world.staff(), () -> sponsorships.months(sponsorship.id())).getLast();
        assertThatThrownBy(() -> as(world.staff(), () -> sponsorships.recordDelivery(future.id(), entry)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.month-to-come"));

        String body = await(() -> jdbc.sql("SELECT CONCAT(subject, ' ', body_text) FROM email_message WHERE dedup_key = ?")
                .param("sponsorship-update:delivery:" + first.id()).query(String.class).optional())
                .orElseThrow(() -> new AssertionError("no sponsorship update"));
        assertThat(body).contains(child.code()).contains("500.000").doesNotContain(fullName).doesNotContain("Hoa ")
                .doesNotContain("Y Moan");
    }

    @Test
    void aMonthNotRecordedByTheTenthOfTheNextIsLateFlaggedOnceAndItsCommunesStaffAreTold() {
        World world = world();
        String fullName = unique("Lò Thị Hoa");
        Child child = child(world, fullName);
        YearMonth now = YearMonth.from(VietnamTime.today());
        Sponsorship sponsorship = as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), child.id(),
                new SponsorshipTerms(null, now.minusMonths(3), now.plusMonths(2))));
        long lateMonths = VietnamTime.today().getDayOfMonth() > 10 ? 3 : 2;

        assertThat(as(world.staff(), () -> sponsorships.get(sponsorship.id())).lateMonths()).isEqualTo((int) lateMonths);
        List<LateDelivery> late = as(world.staff(), () -> sponsorships.late(0, 50));
        assertThat(late).hasSize((int) lateMonths).first().satisfies(month -> {
            assertThat(month.period()).isEqualTo(now.minusMonths(3));
            assertThat(month.dueOn()).isEqualTo(now.minusMonths(2).atDay(10));
            assertThat(month.child().code()).isEqualTo(child.code());
        });
        assertThat(as(world.staff(), () -> sponsorships.countLate())).isEqualTo(lateMonths);
        String otherCaseworker = newStaff(Role.CASEWORKER, newUnitUnder(world.district(), "Xã Cư M’Lan"), "A");
        assertThat(as(otherCaseworker, () -> sponsorships.late(0, 50))).isEmpty();

        assertThat(SystemActor.call(() -> sponsorships.flagLate(VietnamTime.today()))).isGreaterThanOrEqualTo((int) lateMonths);
        assertThat(SystemActor.call(() -> sponsorships.flagLate(VietnamTime.today()))).isZero();
        long staffId = jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(world.staff()).query(Long.class)
                .single();
        String body = await(() -> jdbc.sql("SELECT body_text FROM email_message WHERE dedup_key = ?")
                .param("delivery-late:" + late.getFirst().monthId() + ":staff:" + staffId).query(String.class).optional())
                .orElseThrow(() -> new AssertionError("no late notice"));
        assertThat(body).contains(child.code()).contains("staff/sponsorships/" + sponsorship.id())
                .doesNotContain(fullName);
    }

    @Test
    void theLedgerCanPayToASponsoredChildOrASupportCaseOfItsSubtreeLabelledByPseudonym() {
        World world = world();
        String fullName = unique("Hà Thị Hoa");
        Child child = child(world, fullName);
        YearMonth now = YearMonth.from(VietnamTime.today());
        Sponsorship sponsorship = as(world.caseworker(), () -> sponsorships.match(world.pledgeId(), child.id(),
                new SponsorshipTerms(null, now, now)));
        DisbursementTargets children = targets.stream().filter(t -> t.purposes().contains(Purpose.SUPPORT_CASE))
                .findFirst().orElseThrow();

        List<DisbursementTarget> found = as(world.accountant(), () -> children.search(Purpose.SPONSORED_CHILD,
                child.code(), 10));
        assertThat(found).singleElement().satisfies(target -> {
            assertThat(target.id()).isEqualTo(sponsorship.id());
            assertThat(target.childId()).isEqualTo(child.id());
            assertThat(target.sponsorshipPledgeId()).isEqualTo(world.pledgeId());
            assertThat(target.labelVi()).contains(child.code()).contains(world.commune().name()).doesNotContain(fullName);
            assertThat(target.labelEn()).contains(child.code()).doesNotContain(fullName);
        });
        assertThat(as(world.accountant(), () -> children.search(Purpose.SUPPORT_CASE,
                world.commune().name().substring(0, 9), 50))).extracting(DisbursementTarget::id).contains(child.id());
        Optional<DisbursementTarget> supportCase = as(world.accountant(), () -> children.find(Purpose.SUPPORT_CASE,
                child.id()));
        assertThat(supportCase).get().satisfies(target -> assertThat(target.fundUnitPath()).isEqualTo(child.fundUnitPath()));

        String elsewhere = newStaff(Role.ACCOUNTANT, newUnit("Huyện Lắk"), "Lê Văn C");
        assertThat(as(elsewhere, () -> children.find(Purpose.SUPPORT_CASE, child.id()))).isEmpty();
        assertThat(as(elsewhere, () -> children.search(Purpose.SPONSORED_CHILD, child.code(), 10))).isEmpty();
    }

    private static <T> Optional<T> await(Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

}
