package org.chungtay.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The children a business sponsors, as its contact sees them in the donor portal: pseudonyms, deliveries without
 * receipts, notes and photos only while consent allows; another sponsor's child does not exist for them.
 */
class DonorChildrenIT extends IntegrationTest {

    @Autowired
    ChildService children;

    @Autowired
    SponsorshipService sponsorships;

    @Autowired
    PledgeService pledges;

    @Autowired
    JdbcClient jdbc;

    private record Sponsor(long pledgeId, long donorId, String email) {
    }

    private Sponsor sponsor(CampaignDetails campaign) {
        String email = "mai." + UUID.randomUUID().toString().substring(0, 6) + "@caphe.example";
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.sponsorship(2, 12, Money.vnd(500_000), null, null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), true, Sector.ENTERPRISE, unique("Công ty Cà phê Ea Súp"),
                DonorTestData.newTaxCode().value(), "Trần Thị Mai", email, null, null, Locale.of("vi"), true, false, true),
                "10.0.1." + (1 + (int) (Math.random() * 200))).id();
        SystemActor.run(() -> pledges.confirm(pledgeId));
        long donorId = jdbc.sql("SELECT donor_id FROM pledge WHERE id = ?").param(pledgeId).query(Long.class).single();
        return new Sponsor(pledgeId, donorId, email);
    }

    @Test
    void aSponsorSeesTheirChildAsAPseudonymWithDeliveriesAndWhatConsentSharesAndAWithdrawalHidesItAtOnce() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Ea Súp");
        FundUnitRef commune = newUnitUnder(district, "Xã Ea Rốk");
        CampaignDetails campaign = activeCampaign(district);
        String caseworker = newStaff(Role.CASEWORKER, commune, "H’Nhi Êban");
        String staff = newStaff(Role.FUND_STAFF, commune, "Trần Văn Minh");
        Sponsor mine = sponsor(campaign);
        Sponsor other = sponsor(campaign);
        String fullName = unique("Phạm Thị Hoa");
        LocalDate today = VietnamTime.today();
        YearMonth now = YearMonth.from(today);
        Child child = as(caseworker, () -> children.register(new ChildEntry(fullName, "Hoa", today.minusYears(10),
                Gender.FEMALE, commune.id(), CircumstanceCategory.ORPHANED, "Y Moan Niê", "Bà ngoại",
                PhoneNumber.parse("0912345678"), null)));
        Child othersChild = as(caseworker, () -> children.register(new ChildEntry(unique("Lê Văn Nam"), "Nam",
                today.minusYears(8), Gender.MALE, commune.id(), CircumstanceCategory.ORPHANED, "Lê Thị Ba", "Mẹ",
                PhoneNumber.parse("0912345679"), null)));
        as(caseworker, () -> {
            children.addNote(child.id(), today, "Em học tốt, được khen.", true, ChildRegisterIT.png());
            children.addNote(child.id(), today, "Bà ngoại ốm, cần theo dõi.", false, null);
            children.recordConsent(child.id(), ConsentParty.GUARDIAN, today, new Sharing(false, true, true));
            children.recordConsent(child.id(), ConsentParty.CHILD, today, new Sharing(false, true, true));
            sponsorships.match(mine.pledgeId(), child.id(), new SponsorshipTerms(null, now.minusMonths(1),
                    now.plusMonths(10)));
            sponsorships.match(other.pledgeId(), othersChild.id(), new SponsorshipTerms(null, now, now.plusMonths(5)));
        });
        Sponsorship sponsorship = as(staff, () -> sponsorships.ofPledge(mine.pledgeId())).getFirst();
        SponsoredMonth first = as(staff, () -> sponsorships.months(sponsorship.id())).getFirst();
        as(staff, () -> sponsorships.recordDelivery(first.id(), new DeliveryEntry(today, Money.vnd(500_000),
                DeliveryMethod.CASH, ScannedDocument.of("bien-nhan-y-moan-nie.png", ChildRegisterIT.png()))));

        asDonor(mine.donorId(), mine.email(), () -> {
            assertThat(sponsorships.myChildren()).singleElement().satisfies(seen -> {
                assertThat(seen.code()).isEqualTo(child.code());
                assertThat(seen.initial()).isEqualTo("H");
                assertThat(seen.sharedGivenName()).as("consent does not share the name").isNull();
                assertThat(seen.birthYear()).isEqualTo(today.minusYears(10).getYear());
                assertThat(seen.communeName()).isEqualTo(commune.name());
            });
            SponsoredChildProfile profile = sponsorships.myChild(child.code()).orElseThrow();
            assertThat(profile.deliveries()).singleElement().isEqualTo(new SponsorDelivery(first.period(), today,
                    Money.vnd(500_000), DeliveryMethod.CASH));
            assertThat(profile.notes()).singleElement().satisfies(note -> {
                assertThat(note.text()).isEqualTo("Em học tốt, được khen.");
                assertThat(note.hasPhoto()).isTrue();
            });
            assertThat(sponsorships.myPhoto(child.code(), profile.notes().getFirst().id())).isPresent();
            assertThat(profile.toString()).doesNotContain(fullName).doesNotContain("Hoa,").doesNotContain("Y Moan")
                    .doesNotContain("bien-nhan").doesNotContain("Bà ngoại");
            assertThat(sponsorships.myChildren().toString()).doesNotContain(fullName).doesNotContain("Y Moan");

            assertThat(sponsorships.myChild(othersChild.code())).as("another sponsor's child").isEmpty();
            assertThat(sponsorships.myChild("TE-NOSUCH")).isEmpty();
            long othersNote = as(caseworker, () -> {
                children.addNote(othersChild.id(), today, "Em Nam vẽ đẹp.", true, ChildRegisterIT.png());
                return children.notes(othersChild.id()).getFirst().id();
            });
            assertThat(sponsorships.myPhoto(child.code(), othersNote)).as("a note of another child").isEmpty();
            assertThat(sponsorships.myPhoto(othersChild.code(), othersNote)).isEmpty();
        });
        asDonor(other.donorId(), other.email(), () -> {
            assertThat(sponsorships.myChildren()).extracting(SponsoredChild::code).containsExactly(othersChild.code());
            assertThat(sponsorships.myChild(child.code())).isEmpty();
        });

        as(caseworker, () -> children.withdrawConsent(child.id(), ConsentParty.GUARDIAN, today));
        asDonor(mine.donorId(), mine.email(), () -> {
            SponsoredChildProfile profile = sponsorships.myChild(child.code()).orElseThrow();
            assertThat(profile.notes()).as("withdrawn consent hides the notes at once").isEmpty();
            assertThat(profile.deliveries()).hasSize(1);
            long noteId = as(caseworker, () -> children.notes(child.id())).stream()
                    .filter(ProgressNote::shareable).findFirst().orElseThrow().id();
            assertThat(sponsorships.myPhoto(child.code(), noteId)).as("and the photos").isEmpty();
        });
    }

    @Test
    void staffCannotCallTheDonorsMethodsAndDonorsCannotCallTheStaffs() {
        FundUnitRef unit = newUnit("Xã Ea Kao");
        String staff = newStaff(Role.FUND_STAFF, unit, "Nguyễn Văn Tư");
        Sponsor sponsor = sponsor(activeCampaign(unit));

        assertThatThrownBy(() -> as(staff, () -> sponsorships.myChildren())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff, () -> sponsorships.myChild("TE-ABCDEF")))
                .isInstanceOf(AccessDeniedException.class);
        asDonor(sponsor.donorId(), sponsor.email(), () -> {
            assertThat(sponsorships.myChildren()).isEmpty();
            assertThatThrownBy(() -> sponsorships.ofPledge(sponsor.pledgeId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sponsorships.list(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> children.search("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        });
    }
}
