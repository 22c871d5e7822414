package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chungtay.donors.DonorTestData.individual;
import static org.chungtay.donors.DonorTestData.newEmail;
import static org.chungtay.donors.DonorTestData.newTaxCode;
import static org.chungtay.donors.DonorTestData.organisation;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class DonorServiceIT extends IntegrationTest {

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aSecondOrganisationWithTheSameTaxCodeIsRefusedAndNamesTheFirst() {
        FundUnitRef unit = newUnit("Huyện Krông Pắc");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        TaxCode taxCode = newTaxCode();
        DonorRef first = as(clerk, () -> donors.create(unit.id(),
                organisation("Công ty Nông sản Xanh", taxCode, "Krông Pắc, Đắk Lắk"), Set.of()));

        assertThatThrownBy(() -> as(clerk, () -> donors.create(unit.id(),
                organisation("Cty Nông Sản Xanh", TaxCode.parse(taxCode.value()), null), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("donors.error.tax-code-taken");
                    assertThat(problem.arguments()).containsExactly("Công ty Nông sản Xanh");
                });
        assertThat(as(clerk, () -> donors.findOrganisationByTaxCode(taxCode)))
                .contains(new DonorMatch.InScope(first));
    }

    @Test
    void aTaxCodeRegisteredInAnotherSubtreeNamesOnlyThatFundUnit() {
        FundUnitRef mine = newUnit("Huyện Lắk");
        FundUnitRef theirs = newUnit("Huyện Ea Kar");
        String clerk = newStaff(Role.FUND_STAFF, mine, "Clerk");
        String stranger = newStaff(Role.FUND_STAFF, theirs, "Stranger");
        TaxCode taxCode = newTaxCode();
        as(stranger, () -> donors.create(theirs.id(), organisation("Công ty Bí Mật", taxCode,
                "Ea Kar, Đắk Lắk"), Set.of()));

        assertThatThrownBy(() -> as(clerk, () -> donors.create(mine.id(),
                organisation("Công ty Bí Mật", taxCode, null), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("donors.error.tax-code-elsewhere");
                    assertThat(problem.arguments()).containsExactly(theirs.name());
                });
        assertThat(as(clerk, () -> donors.findOrganisationByTaxCode(taxCode)))
                .contains(new DonorMatch.Elsewhere(theirs.name()));
    }

    @Test
    void anIndividualIsFoundByEmailWhateverItsCaseAndNotRecordedTwice() {
        FundUnitRef unit = newUnit("Phường Tân Lập");
        String clerk = newStaff(Role.ACCOUNTANT, unit, "Accountant");
        String email = newEmail("hung");
        DonorRef hung = as(clerk, () -> donors.create(unit.id(), individual("Nguyễn Văn Hùng", email.toUpperCase()),
                Set.of()));

        assertThat(as(clerk, () -> donors.findIndividualByEmail(" " + email + " ")))
                .contains(new DonorMatch.InScope(hung));
        assertThatThrownBy(() -> as(clerk, () -> donors.create(unit.id(), individual("Nguyen Van Hung", email),
                Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.email-taken"));
    }

    @Test
    void staffSeeOnlyTheDonorsOfTheirSubtreeAndCaseworkersNone() {
        ensureLevels(3);
        FundUnitRef district = newUnit("Huyện Cư Kuin");
        FundUnitRef commune = newUnitUnder(district, "Xã Ea Tiêu");
        FundUnitRef sibling = newUnit("Huyện Buôn Đôn");
        String districtManager = newStaff(Role.FUND_MANAGER, district, "Manager");
        String communeClerk = newStaff(Role.FUND_STAFF, commune, "Clerk");
        String siblingClerk = newStaff(Role.FUND_STAFF, sibling, "Other clerk");
        String caseworker = newStaff(Role.CASEWORKER, district, "Caseworker");
        String marker = "Cư Kuin " + System.nanoTime();
        DonorRef communeDonor = as(communeClerk, () -> donors.create(commune.id(),
                organisation("Hội Phụ nữ " + marker, null, null), Set.of()));

        assertThat(as(districtManager, () -> donors.search(new DonorQuery(marker, null), 0, 10)))
                .extracting(DonorSummary::id).containsExactly(communeDonor.id());
        assertThat(as(districtManager, () -> donors.search(new DonorQuery(marker, null), 0, 10)).getFirst()
                .fundUnitName()).isEqualTo(commune.name());
        assertThat(as(siblingClerk, () -> donors.count(new DonorQuery(marker, null)))).isZero();
        assertThatThrownBy(() -> as(siblingClerk, () -> donors.find(communeDonor.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(communeClerk, () -> donors.create(district.id(),
                organisation("Hội khác", null, null), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(caseworker, () -> donors.count(DonorQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchIgnoresAccentsCaseAndWordOrder() {
        FundUnitRef unit = newUnit("Thành phố Buôn Ma Thuột");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        TaxCode taxCode = newTaxCode();
        DonorRef coffee = as(clerk, () -> donors.create(unit.id(), organisation("Công ty TNHH Cà phê Hạt Ngọc",
                taxCode, "112 Nguyễn Tất Thành, Buôn Ma Thuột, Đắk Lắk"), Set.of()));
        DonorRef person = as(clerk, () -> donors.create(unit.id(), individual("Nguyễn Văn Đức",
                newEmail("duc")), Set.of()));
        DonorRef inName = as(clerk, () -> donors.create(unit.id(), organisation("Hội Doanh nhân Đắk Lắk", null,
                "Hà Nội", new ContactDetails("Trần Thị Mai", null, null, null)), Set.of()));

        assertThat(found(clerk, "dak lak", null)).containsExactlyInAnyOrder(coffee.id(), inName.id());
        assertThat(found(clerk, "LAK dak", null)).containsExactlyInAnyOrder(coffee.id(), inName.id());
        assertThat(found(clerk, "nguyen van", null)).containsExactly(person.id());
        assertThat(found(clerk, "nguyen", null)).containsExactlyInAnyOrder(coffee.id(), person.id());
        assertThat(found(clerk, "dak lak", DonorType.INDIVIDUAL)).isEmpty();
        assertThat(found(clerk, taxCode.value().substring(0, 6), null)).containsExactly(coffee.id());
        assertThat(found(clerk, "tran thi mai", null)).containsExactly(inName.id());
        assertThat(found(clerk, "100%_", null)).isEmpty();
        assertThat(as(clerk, () -> donors.count(new DonorQuery("đắk lắk", null)))).isEqualTo(2);
        assertThat(as(clerk, () -> donors.search(DonorQuery.ALL, 1, 1))).hasSize(1);
    }

    @Test
    void consentStartsWithTransactionalOnlyAndKeepsItsHistory() {
        FundUnitRef unit = newUnit("Phường Tân Hòa");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        DonorRef donor = as(clerk, () -> donors.create(unit.id(), individual("Trần Thị Mai Anh", newEmail("mai")),
                Set.of(ConsentCategory.PROGRESS_UPDATES)));

        DonorProfile fresh = as(clerk, () -> donors.profile(donor.id()));
        assertThat(fresh.consents(ConsentCategory.TRANSACTIONAL)).isTrue();
        assertThat(fresh.consents(ConsentCategory.PROGRESS_UPDATES)).isTrue();
        assertThat(fresh.consents(ConsentCategory.APPEALS)).isFalse();
        assertThat(fresh.consents().get(ConsentCategory.APPEALS).source()).isEqualTo(ConsentSource.STAFF_ENTRY);

        as(clerk, () -> donors.grantConsent(donor.id(), ConsentCategory.APPEALS, ConsentSource.STAFF_ENTRY));
        as(clerk, () -> donors.withdrawConsent(donor.id(), ConsentCategory.APPEALS, ConsentSource.UNSUBSCRIBE_LINK));

        DonorProfile after = as(clerk, () -> donors.profile(donor.id()));
        assertThat(after.consents(ConsentCategory.APPEALS)).isFalse();
        assertThat(after.consents().get(ConsentCategory.APPEALS).source()).isEqualTo(ConsentSource.UNSUBSCRIBE_LINK);
        assertThat(after.consentHistory()).filteredOn(r -> r.category() == ConsentCategory.APPEALS)
                .extracting(ConsentRecord::granted).containsExactly(false, true, false);
        assertThat(after.consentHistory()).allSatisfy(r -> assertThat(r.actor()).isEqualTo(clerk));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?"
                + " AND action IN ('consent-granted', 'consent-withdrawn')").param(donor.id()).query(Long.class)
                .single()).isEqualTo(5);
    }

    @Test
    void aMergeMovesContactsConsentAndTaxCodeToTheSurvivorAndTellsOtherModules() {
        FundUnitRef unit = newUnit("Huyện Krông Ana");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        TaxCode taxCode = newTaxCode();
        DonorRef survivor = as(manager, () -> donors.create(unit.id(), organisation("Hợp tác xã Buôn Trấp", null,
                null, new ContactDetails("Y Moan", "Chủ nhiệm", null, null)), Set.of()));
        DonorRef duplicate = as(manager, () -> donors.create(unit.id(), organisation("HTX Buôn Trấp", taxCode,
                "Thị trấn Buôn Trấp, Krông Ana, Đắk Lắk", new ContactDetails("H’Hoa Mlô", "Kế toán", null, null)),
                Set.of(ConsentCategory.APPEALS)));

        DonorRef kept = as(manager, () -> donors.merge(survivor.id(), duplicate.id(), true));

        assertThat(kept.id()).isEqualTo(survivor.id());
        DonorProfile profile = as(manager, () -> donors.profile(survivor.id()));
        OrganisationDetails details = (OrganisationDetails) profile.details();
        assertThat(details.name()).isEqualTo("Hợp tác xã Buôn Trấp");
        assertThat(details.taxCode()).isEqualTo(taxCode);
        assertThat(details.address()).contains("Buôn Trấp");
        assertThat(details.contacts()).extracting(ContactDetails::name).containsExactly("Y Moan", "H’Hoa Mlô");
        assertThat(profile.consents(ConsentCategory.APPEALS)).isTrue();
        assertThat(profile.consentHistory()).hasSize(6);
        assertThat(as(manager, () -> donors.find(duplicate.id()))).isEqualTo(as(manager, () -> donors.find(survivor.id())));
        assertThat(as(manager, () -> donors.findOrganisationByTaxCode(taxCode)))
                .contains(new DonorMatch.InScope(as(manager, () -> donors.find(survivor.id()))));
        assertThat(found(manager, "buon trap", null)).containsExactly(survivor.id());
        assertThat(events.stream(DonorsMerged.class))
                .containsExactly(new DonorsMerged(survivor.id(), duplicate.id()));
        assertThat(jdbc.sql("SELECT merged_into_id FROM donor WHERE id = ?").param(duplicate.id())
                .query(Long.class).single()).isEqualTo(survivor.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'donor' AND action LIKE 'merged%'"
                + " AND subject_id IN (?, ?)").params(survivor.id(), duplicate.id()).query(Long.class).single())
                .isEqualTo(2);
        assertThatThrownBy(() -> as(manager, () -> donors.update(duplicate.id(),
                organisation("HTX Buôn Trấp", null, null))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.merged"));
    }

    @Test
    void differentTaxpayersAndDifferentTypesAreNeverMerged() {
        FundUnitRef unit = newUnit("Huyện M’Drắk");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        DonorRef one = as(clerk, () -> donors.create(unit.id(), organisation("Công ty Một", newTaxCode(), null),
                Set.of()));
        DonorRef two = as(clerk, () -> donors.create(unit.id(), organisation("Công ty Một", newTaxCode(), null),
                Set.of()));
        DonorRef person = as(clerk, () -> donors.create(unit.id(), individual("Công ty Một", newEmail("mot")),
                Set.of()));

        assertThatThrownBy(() -> as(clerk, () -> donors.merge(one.id(), two.id(), false)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.merge-tax-codes"));
        assertThatThrownBy(() -> as(clerk, () -> donors.merge(one.id(), person.id(), false)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.merge-types"));
        assertThat(events.stream(DonorsMerged.class)).isEmpty();
    }

    @Test
    void anIndividualsOldEmailStillLeadsToTheSurvivorAfterAMerge() {
        FundUnitRef unit = newUnit("Phường Tự An");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String oldEmail = newEmail("khoa.old");
        DonorRef survivor = as(clerk, () -> donors.create(unit.id(), individual("Đặng Minh Khoa", newEmail("khoa")),
                Set.of()));
        DonorRef merged = as(clerk, () -> donors.create(unit.id(), individual("Dang Minh Khoa", oldEmail), Set.of()));
        as(clerk, () -> donors.merge(survivor.id(), merged.id(), false));

        assertThat(as(clerk, () -> donors.findIndividualByEmail(oldEmail)))
                .contains(new DonorMatch.InScope(as(clerk, () -> donors.find(survivor.id()))));
        DonorHandle pledged = anonymously(() -> donors.registerFromPledge(unit.id(),
                individual("Khoa Dang", oldEmail), Set.of(), ConsentSource.ONLINE_PLEDGE_FORM));
        assertThat(pledged.donorId()).isEqualTo(survivor.id());
        as(clerk, () -> donors.update(survivor.id(), individual("Đặng Minh Khoa", oldEmail)));
        assertThat(((IndividualDetails) as(clerk, () -> donors.profile(survivor.id())).details()).email())
                .isEqualTo(oldEmail);
    }

    @Test
    void anAnonymousPledgeRegistersANewDonorWhoseOptInsWaitForTheAddressOwnersConfirmation() {
        FundUnitRef unit = newUnit("Xã Hòa Phú");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        TaxCode taxCode = newTaxCode();

        DonorHandle handle = anonymously(() -> donors.registerFromPledge(unit.id(),
                organisation("Công ty Mới Đắk Lắk", taxCode, "Hòa Phú"), Set.of(ConsentCategory.APPEALS),
                ConsentSource.ONLINE_PLEDGE_FORM));

        DonorProfile profile = as(clerk, () -> donors.profile(handle.donorId()));
        assertThat(profile.fundUnitId()).isEqualTo(unit.id());
        assertThat(profile.consents(ConsentCategory.APPEALS)).isFalse();
        assertThat(profile.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
        assertThat(profile.consentHistory()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(ConsentSource.ONLINE_PLEDGE_FORM);
            assertThat(r.actor()).isEqualTo(DonorService.ANONYMOUS);
        });
        assertThat(profile.pendingClaims()).isEmpty();

        assertThat(anonymously(() -> donors.confirmOptIns(handle.optInToken())).categories())
                .containsExactly(ConsentCategory.APPEALS);
        DonorProfile confirmed = as(clerk, () -> donors.profile(handle.donorId()));
        assertThat(confirmed.consents(ConsentCategory.APPEALS)).isTrue();
        assertThat(confirmed.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
    }

    @Test
    void aPledgeNamingAKnownTaxCodeNeitherRevealsNorChangesTheDonorButLeavesAClaim() {
        FundUnitRef unit = newUnit("Xã Ea Kao");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        TaxCode taxCode = newTaxCode();
        DonorRef known = as(clerk, () -> donors.create(unit.id(), new OrganisationDetails("Công ty Cà phê Thật",
                taxCode, Sector.ENTERPRISE, null, "Lê Quang Vinh", "Giám đốc", List.of(), "vi", false), Set.of()));
        DonorDetails before = as(clerk, () -> donors.profile(known.id())).details();

        DonorHandle handle = anonymously(() -> donors.registerFromPledge(unit.id(),
                new OrganisationDetails("Cty Giả Mạo", taxCode, Sector.ENTERPRISE, "Số 1 Lê Duẩn, Buôn Ma Thuột",
                        "Kẻ Giả", "Giám đốc", List.of(new ContactDetails("Đinh Công Lực", "Nhân sự",
                                "luc@example.com", "0914778902")), "en", true),
                Set.of(ConsentCategory.PROGRESS_UPDATES), ConsentSource.ONLINE_PLEDGE_FORM));

        assertThat(DonorHandle.class.getRecordComponents()).extracting(RecordComponent::getName)
                .as("ids only, no donor data").containsExactly("donorId", "claimId", "optInToken");
        assertThat(handle.claimId()).isNotNull();
        assertThat(handle.donorId()).isEqualTo(known.id());
        DonorProfile profile = as(clerk, () -> donors.profile(known.id()));
        assertThat(profile.details()).isEqualTo(before);
        assertThat(profile.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
        assertThat(profile.pendingClaims()).singleElement().satisfies(claim -> {
            assertThat(claim.submitted().name()).isEqualTo("Cty Giả Mạo");
            assertThat(claim.optIns()).as("opt-ins wait for the emailed link, not for staff").isEmpty();
            assertThat(claim.status()).isEqualTo(ClaimStatus.PENDING);
        });

        long claimId = profile.pendingClaims().getFirst().id();
        as(clerk, () -> donors.confirmClaim(claimId));

        DonorProfile confirmed = as(clerk, () -> donors.profile(known.id()));
        OrganisationDetails details = (OrganisationDetails) confirmed.details();
        assertThat(details.name()).isEqualTo("Công ty Cà phê Thật");
        assertThat(details.representativeName()).isEqualTo("Lê Quang Vinh");
        assertThat(details.address()).isEqualTo("Số 1 Lê Duẩn, Buôn Ma Thuột");
        assertThat(details.mayBeNamed()).isFalse();
        assertThat(details.contacts()).extracting(ContactDetails::name).containsExactly("Đinh Công Lực");
        assertThat(confirmed.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
        assertThat(confirmed.pendingClaims()).isEmpty();
        anonymously(() -> donors.confirmOptIns(handle.optInToken()));
        assertThat(as(clerk, () -> donors.profile(known.id())).consents().get(ConsentCategory.PROGRESS_UPDATES))
                .satisfies(consent -> {
                    assertThat(consent.granted()).isTrue();
                    assertThat(consent.source()).isEqualTo(ConsentSource.EMAIL_CONFIRMATION);
                });
        assertThatThrownBy(() -> as(clerk, () -> donors.rejectClaim(claimId)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.claim-decided"));
    }

    @Test
    void aRejectedClaimChangesNothing() {
        FundUnitRef unit = newUnit("Xã Cư Êbur");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String email = newEmail("mai");
        DonorRef known = as(clerk, () -> donors.create(unit.id(), individual("Trần Thị Mai", email), Set.of()));
        anonymously(() -> donors.registerFromPledge(unit.id(), new IndividualDetails("Ai Đó", email, "0905000111",
                "Hà Nội", "vi", true), Set.of(ConsentCategory.APPEALS), ConsentSource.ONLINE_PLEDGE_FORM));
        DonorDetails before = as(clerk, () -> donors.profile(known.id())).details();

        as(clerk, () -> donors.rejectClaim(as(clerk, () -> donors.profile(known.id())).pendingClaims().getFirst().id()));

        DonorProfile after = as(clerk, () -> donors.profile(known.id()));
        assertThat(after.details()).isEqualTo(before);
        assertThat(after.consents(ConsentCategory.APPEALS)).isFalse();
        assertThat(after.pendingClaims()).isEmpty();
    }

    @Test
    void anonymousCallersAreCheckedAndMayOnlyUseTheOnlineForm() {
        FundUnitRef unit = newUnit("Xã Ea Tu");

        assertThatThrownBy(() -> anonymously(() -> donors.registerFromPledge(unit.id(),
                individual("Ai Đó", "not-an-email"), Set.of(), ConsentSource.ONLINE_PLEDGE_FORM)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.email-invalid"));
        assertThatThrownBy(() -> anonymously(() -> donors.registerFromPledge(unit.id(),
                individual("Ai Đó", newEmail("ai")), Set.of(), ConsentSource.STAFF_ENTRY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> donors.count(DonorQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyChangeToADonorIsAudited() {
        FundUnitRef unit = newUnit("Xã Hòa Khánh");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        DonorRef donor = as(clerk, () -> donors.create(unit.id(), individual("Lê Thị Hoa", newEmail("hoa")),
                Set.of()));
        as(clerk, () -> donors.update(donor.id(), new IndividualDetails("Lê Thị Hoa", newEmail("hoa.new"),
                "0905 123 456", null, "en", true)));

        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?"
                + " ORDER BY id").param(donor.id()).query(String.class).list();
        assertThat(actions).startsWith("created").endsWith("updated");
        String after = jdbc.sql("SELECT after_state FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?"
                + " AND action = 'updated'").param(donor.id()).query(String.class).single();
        assertThat(after).contains("phone=0905123456", "language=en");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?"
                + " AND action = 'updated'").param(donor.id()).query(String.class).single()).isEqualTo(clerk);
    }

    private List<Long> found(String username, String text, DonorType type) {
        return as(username, () -> donors.search(new DonorQuery(text, type), 0, 50)).stream().map(DonorSummary::id)
                .toList();
    }

    private void ensureLevels(int count) {
        SystemActor.run(() -> {
            while (fundUnits.levels().size() < count) {
                int depth = fundUnits.levels().size() + 1;
                fundUnits.addLevel(new FundUnitService.LevelNames("Cấp " + depth, "Level " + depth));
            }
        });
    }

    private static <T> T anonymously(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("pledge-form", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
