package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** Which records may be merged, and what the survivor takes over. */
class DonorMergeTest {

    @Test
    void twoOrganisationsWithDifferentTaxCodesAreDifferentTaxpayers() {
        Donor head = organisation("Công ty A", "6009991003");
        Donor other = organisation("Công ty A (trùng)", "6009991010");
        Donor branch = organisation("Công ty A – Chi nhánh", "6009991003-001");

        assertRefused(head, other, "donors.error.merge-tax-codes");
        assertRefused(head, branch, "donors.error.merge-tax-codes");
    }

    @Test
    void anOrganisationWithoutTaxCodeMergesWithOneThatHasIt() {
        Donor.checkMergeable(organisation("Công ty A", "6009991003"), organisation("Cty A", null));
        Donor.checkMergeable(organisation("Cty A", null), organisation("Công ty A", "6009991003"));
        Donor.checkMergeable(organisation("Hội B", null), organisation("Hội B", null));
    }

    @Test
    void anOrganisationAndAPersonAreNeverMerged() {
        assertRefused(organisation("Công ty A", null), individual("Nguyễn Văn A", "a@example.com"),
                "donors.error.merge-types");
    }

    @Test
    void aRecordIsNotMergedWithItself() {
        Donor donor = individual("Trần Thị B", "b@example.com");
        assertRefused(donor, donor, "donors.error.merge-same");
    }

    @Test
    void theSurvivorKeepsItsDataTakesNewContactsAndFillsOnlyEmptyFieldsIfAsked() {
        Donor survivor = new Donor(DonorChecks.checked(new OrganisationDetails("Công ty Hạt Ngọc", null,
                Sector.OTHER, "Buôn Ma Thuột", null, null,
                List.of(new ContactDetails("Phạm Thị Thu Hà", null, "ha@example.com", null)), "vi", false)), 1, "/1/");
        Donor merged = new Donor(DonorChecks.checked(new OrganisationDetails("Cty Hạt Ngọc", null, Sector.OTHER,
                "Đắk Lắk", "Lê Quang Vinh", "Giám đốc",
                List.of(new ContactDetails("Pham Thi Thu Ha", "Kế toán", "ha@example.com", null),
                        new ContactDetails("Đinh Công Lực", null, null, "0914778902")), "en", true)), 1, "/1/");

        survivor.absorb(merged, true);

        OrganisationDetails kept = (OrganisationDetails) survivor.details();
        assertThat(kept.name()).isEqualTo("Công ty Hạt Ngọc");
        assertThat(kept.address()).isEqualTo("Buôn Ma Thuột");
        assertThat(kept.representativeName()).isEqualTo("Lê Quang Vinh");
        assertThat(kept.preferredLanguage()).isEqualTo("vi");
        assertThat(kept.mayBeNamed()).isFalse();
        assertThat(kept.contacts()).extracting(ContactDetails::name)
                .containsExactly("Phạm Thị Thu Hà", "Đinh Công Lực");
        assertThat(((OrganisationDetails) merged.details()).contacts()).isEmpty();
        assertThat(survivor.searchText()).contains("dinh cong luc");
    }

    @Test
    void withoutFillingEmptyFieldsTheSurvivorStaysAsItWas() {
        Donor survivor = individual("Nguyễn Văn Hùng", "hung@example.com");
        Donor merged = new Donor(DonorChecks.checked(new IndividualDetails("Nguyen Van Hung", "hung2@example.com",
                "0905123456", "Tân Lập", "vi", true)), 1, "/1/");

        survivor.absorb(merged, false);

        IndividualDetails kept = (IndividualDetails) survivor.details();
        assertThat(kept.phone()).isNull();
        assertThat(kept.address()).isNull();
        assertThat(kept.email()).isEqualTo("hung@example.com");
    }

    @Test
    void theSearchTextHoldsNameAddressKeysAndContactsWithoutAccents() {
        Donor donor = new Donor(DonorChecks.checked(new OrganisationDetails("Công ty Đắk Lắk Xanh",
                TaxCode.parse("6009991003"), Sector.ENTERPRISE, "Buôn Ma Thuột, Đắk Lắk", "Y Bhin Niê", null,
                List.of(new ContactDetails("Nguyễn Văn Đức", null, "Duc@Example.com", null)), "vi", false)), 1, "/1/");

        assertThat(donor.searchText()).isEqualTo(
                "cong ty dak lak xanh 6009991003 buon ma thuot, dak lak y bhin nie nguyen van duc duc@example.com");
        assertThat(DonorSearch.words("  Đắk   LẮK dak ")).containsExactly("dak", "lak");
        assertThat(DonorSearch.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
    }

    private static Donor organisation(String name, String taxCode) {
        return new Donor(DonorChecks.checked(new OrganisationDetails(name,
                taxCode == null ? null : TaxCode.parse(taxCode), Sector.OTHER, null, null, null, List.of(), "vi",
                false)), 1, "/1/");
    }

    private static Donor individual(String name, String email) {
        return new Donor(DonorChecks.checked(new IndividualDetails(name, email, null, null, "vi", false)), 1, "/1/");
    }

    private static void assertRefused(Donor survivor, Donor merged, String key) {
        assertThatThrownBy(() -> Donor.checkMergeable(survivor, merged))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
