package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chungtay.donors.DonorTestData.individual;
import static org.chungtay.donors.DonorTestData.newEmail;
import static org.chungtay.donors.DonorTestData.newTaxCode;
import static org.chungtay.donors.DonorTestData.organisation;

import java.util.List;
import java.util.Set;

import org.chungtay.donors.DonorAccounts.MyContact;
import org.chungtay.donors.DonorAccounts.MyPreferences;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The donor portal's preferences page as a signed-in donor uses it: their own language, consent and contacts. */
class DonorAccountsIT extends IntegrationTest {

    @Autowired
    DonorAccounts accounts;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    private record Event(String category, boolean granted, String source, String actor) {
    }

    @Test
    void aDonorReadsAndSavesTheirPreferencesAndOnlyChangesAreRecordedFromThePortal() {
        FundUnitRef unit = newUnit("Huyện Cư M'gar");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String email = newEmail("mai");
        DonorRef mai = as(clerk, () -> donors.create(unit.id(), individual("Trần Thị Mai", email),
                Set.of(ConsentCategory.APPEALS)));

        MyPreferences before = asDonor(mai.id(), email, accounts::myPreferences);
        assertThat(before).isEqualTo(new MyPreferences("Trần Thị Mai", DonorType.INDIVIDUAL, "vi",
                Set.of(ConsentCategory.APPEALS)));

        MyPreferences after = asDonor(mai.id(), email, () -> accounts.saveMyPreferences(
                Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES), "en"));
        assertThat(after).isEqualTo(new MyPreferences("Trần Thị Mai", DonorType.INDIVIDUAL, "en",
                Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES)));
        assertThat(portalEvents(mai.id())).containsExactly(
                new Event("PROGRESS_UPDATES", true, "DONOR_PORTAL", "donor " + mai.id() + ", portal"));
        assertThat(accounts.languageOf(mai.id()).getLanguage()).isEqualTo("en");

        asDonor(mai.id(), email, () -> accounts.saveMyPreferences(Set.of(ConsentCategory.PROGRESS_UPDATES), "en"));
        assertThat(portalEvents(mai.id())).containsExactly(
                new Event("PROGRESS_UPDATES", true, "DONOR_PORTAL", "donor " + mai.id() + ", portal"),
                new Event("APPEALS", false, "DONOR_PORTAL", "donor " + mai.id() + ", portal"));
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?
                AND actor = ? ORDER BY id""").params(mai.id(), "donor " + mai.id() + ", portal")
                .query(String.class).list())
                .containsExactly("consent-granted", "language-changed", "consent-withdrawn");

        assertThatThrownBy(() -> asDonor(mai.id(), email, () -> accounts.saveMyPreferences(Set.of(), "fr")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("donors.error.language-unknown"));
        assertThat(asDonor(mai.id(), email, accounts::myPreferences).receiving())
                .containsExactly(ConsentCategory.PROGRESS_UPDATES);
    }

    @Test
    void anOrganisationsContactAddsChangesAndRemovesContactsWhoseSessionsThenEnd() {
        FundUnitRef unit = newUnit("Huyện Krông Năng");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String ha = newEmail("ha");
        DonorRef company = as(clerk, () -> donors.create(unit.id(), organisation("Công ty Cà phê Thắng Lợi",
                newTaxCode(), null, new ContactDetails("Phạm Thị Thu Hà", "Kế toán", ha, null)), Set.of()));
        String binh = newEmail("binh");

        List<MyContact> added = asDonor(company.id(), ha.toUpperCase(), () -> accounts.addMyContact(
                new ContactDetails("  Lê   Văn Bình ", "Giám đốc", binh.toUpperCase(), "0912 345 678")));
        assertThat(added).containsExactly(
                new MyContact(0, new ContactDetails("Phạm Thị Thu Hà", "Kế toán", ha, null), true),
                new MyContact(1, new ContactDetails("Lê Văn Bình", "Giám đốc", binh, "0912345678"), false));
        assertThat(accounts.maySignIn(company.id(), binh)).isTrue();
        assertThat(searchText(company.id())).contains("le van binh");

        List<MyContact> changed = asDonor(company.id(), ha, () -> accounts.changeMyContact(added.get(1),
                new ContactDetails("Lê Văn Bình", "Chủ tịch", binh, null)));
        assertThat(changed.get(1).details()).isEqualTo(new ContactDetails("Lê Văn Bình", "Chủ tịch", binh, null));

        assertThatThrownBy(() -> asDonor(company.id(), ha, () -> accounts.removeMyContact(added.get(1))))
                .as("a contact as read before it changed")
                .isInstanceOfSatisfying(UserFacingException.class, problem -> assertThat(problem.messageKey())
                        .isEqualTo("donor-portal.preferences.error.contact-changed"));

        List<MyContact> left = asDonor(company.id(), ha, () -> accounts.removeMyContact(changed.get(1)));
        assertThat(left).extracting(MyContact::details).extracting(ContactDetails::email).containsExactly(ha);
        assertThat(accounts.maySignIn(company.id(), binh)).isFalse();
        assertThat(searchText(company.id())).doesNotContain("binh");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE subject_type = 'donor' AND subject_id = ?
                AND action = 'contacts-changed' AND actor = ?""").params(company.id(), "donor " + company.id() + ", portal")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aContactCannotLockThemselvesOutNorListAnAddressTwice() {
        FundUnitRef unit = newUnit("Huyện Ea H'leo");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String ha = newEmail("ha");
        String binh = newEmail("binh");
        DonorRef company = as(clerk, () -> donors.create(unit.id(), organisation("Hợp tác xã Ea H'leo",
                newTaxCode(), null, new ContactDetails("Phạm Thị Thu Hà", null, ha, null),
                new ContactDetails("Lê Văn Bình", null, binh, null)), Set.of()));
        List<MyContact> contacts = asDonor(company.id(), ha, accounts::myContacts);

        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.removeMyContact(contacts.get(0))),
                "donor-portal.preferences.error.contact-self");
        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.changeMyContact(contacts.get(0),
                new ContactDetails("Phạm Thị Thu Hà", null, newEmail("other"), null))),
                "donor-portal.preferences.error.contact-self");
        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.addMyContact(
                new ContactDetails("Bình (kế toán)", null, binh.toUpperCase(), null))),
                "donor-portal.preferences.error.contact-email-taken");
        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.changeMyContact(contacts.get(1),
                new ContactDetails("Lê Văn Bình", null, ha, null))),
                "donor-portal.preferences.error.contact-email-taken");
        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.addMyContact(
                new ContactDetails("Vũ", null, "not an address", null))), "donors.error.email-invalid");
        assertRefused(() -> asDonor(company.id(), ha, () -> accounts.addMyContact(
                new ContactDetails(" ", null, null, null))), "donors.error.contact-name-required");

        assertThat(asDonor(company.id(), ha, accounts::myContacts)).isEqualTo(contacts);
        assertThat(accounts.maySignIn(company.id(), ha)).isTrue();
    }

    @Test
    void aContactOfOneOrganisationNeverChangesAnothersAndIndividualsHaveNoContacts() {
        FundUnitRef unit = newUnit("Huyện Buôn Đôn");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String ha = newEmail("ha");
        String other = newEmail("other");
        DonorRef a = as(clerk, () -> donors.create(unit.id(), organisation("Công ty A",
                newTaxCode(), null, new ContactDetails("Phạm Thị Thu Hà", null, ha, null)), Set.of()));
        DonorRef b = as(clerk, () -> donors.create(unit.id(), organisation("Công ty B",
                newTaxCode(), null, new ContactDetails("Nguyễn Văn Cường", null, other, null)), Set.of()));
        List<MyContact> ofB = asDonor(b.id(), other, accounts::myContacts);

        // Signed in for A, the contact acts on A whatever it names: B's contact as read is not among A's.
        assertRefused(() -> asDonor(a.id(), ha, () -> accounts.removeMyContact(ofB.getFirst())),
                "donor-portal.preferences.error.contact-changed");
        assertRefused(() -> asDonor(a.id(), ha, () -> accounts.changeMyContact(ofB.getFirst(),
                new ContactDetails("Kẻ lạ", null, null, null))), "donor-portal.preferences.error.contact-changed");
        asDonor(a.id(), ha, () -> accounts.addMyContact(new ContactDetails("Lê Văn Bình", null, null, null)));
        asDonor(a.id(), ha, () -> accounts.saveMyPreferences(Set.of(ConsentCategory.APPEALS), "en"));

        assertThat(asDonor(b.id(), other, accounts::myContacts)).isEqualTo(ofB);
        assertThat(asDonor(b.id(), other, accounts::myPreferences))
                .isEqualTo(new MyPreferences("Công ty B", DonorType.ORGANISATION, "vi", Set.of()));

        String mai = newEmail("mai");
        DonorRef person = as(clerk, () -> donors.create(unit.id(), individual("Trần Thị Mai", mai), Set.of()));
        assertRefused(() -> asDonor(person.id(), mai, accounts::myContacts), "donors.error.not-found");
        assertRefused(() -> asDonor(person.id(), mai, () -> accounts.addMyContact(
                new ContactDetails("Lê Văn Bình", null, null, null))), "donors.error.not-found");
    }

    @Test
    void staffCannotUseTheDonorsOwnMethods() {
        FundUnitRef unit = newUnit("Huyện Lắk");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        as(manager, () -> {
            assertThatThrownBy(accounts::myPreferences).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.saveMyPreferences(Set.of(), "vi"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(accounts::myContacts).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.addMyContact(new ContactDetails("X", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    private static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
    }

    private List<Event> portalEvents(long donorId) {
        return jdbc.sql("""
                SELECT category, granted, source, actor FROM consent_event
                WHERE donor_id = ? AND source = 'DONOR_PORTAL' ORDER BY id""").param(donorId)
                .query((row, n) -> new Event(row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4)))
                .list();
    }

    private String searchText(long donorId) {
        return jdbc.sql("SELECT search_text FROM donor WHERE id = ?").param(donorId).query(String.class).single();
    }
}
