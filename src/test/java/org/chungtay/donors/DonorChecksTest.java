package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;

import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class DonorChecksTest {

    @Test
    void textsAreTrimmedComposedAndSpacesCollapsed() {
        String decomposed = Normalizer.normalize("Nguyễn  Văn\tHùng ", Normalizer.Form.NFD);

        IndividualDetails checked = DonorChecks.checked(new IndividualDetails(decomposed, " Hung.Nguyen@Example.COM ",
                "+84 905 123 456", "  ", null, false));

        assertThat(checked.name()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(checked.email()).isEqualTo("hung.nguyen@example.com");
        assertThat(checked.phone()).isEqualTo("0905123456");
        assertThat(checked.address()).isNull();
        assertThat(checked.preferredLanguage()).isEqualTo("vi");
    }

    @Test
    void htmlIsKeptAsPlainText() {
        OrganisationDetails checked = DonorChecks.checked(organisation("<b>Công ty</b>", null, Sector.OTHER));

        assertThat(checked.name()).isEqualTo("<b>Công ty</b>");
    }

    @Test
    void enterprisesAndBanksNeedATaxCodeOthersDoNot() {
        assertRefused(organisation("Công ty A", null, Sector.ENTERPRISE), "donors.error.tax-code-required");
        assertRefused(organisation("Ngân hàng B", null, Sector.BANK_FINANCE), "donors.error.tax-code-required");
        assertRefused(organisation("Công ty C", null, Sector.STATE_OWNED), "donors.error.tax-code-required");
        assertThat(DonorChecks.checked(organisation("Chùa D", null, Sector.RELIGIOUS)).taxCode()).isNull();
        assertRefused(organisation("Không loại hình", null, null), "donors.error.sector-required");
    }

    @Test
    void badInputIsRefusedWithAMessageKey() {
        assertRefused(organisation(" ", null, Sector.OTHER), "donors.error.name-required");
        assertRefused(organisation("x".repeat(DonorLimits.NAME + 1), null, Sector.OTHER), "donors.error.too-long");
        assertRefused(organisation("Tên\u0000lạ", null, Sector.OTHER), "donors.error.text-invalid");
        assertRefused(new IndividualDetails("An", null, null, null, "vi", false), "donors.error.email-required");
        assertRefused(new IndividualDetails("An", "an@", null, null, "vi", false), "donors.error.email-invalid");
        assertRefused(new IndividualDetails("An", "an@example.com", "12345", null, "vi", false),
                "donors.error.phone-invalid");
        assertRefused(new IndividualDetails("An", "an@example.com", "+84 912 345 678 901 23", null, "vi", false),
                "donors.error.phone-invalid");
        assertRefused(new IndividualDetails("An", "a".repeat(250) + "@example.com", null, null, "vi", false),
                "donors.error.email-invalid");
        assertRefused(new IndividualDetails("An", "an@example.com", null, null, "fr", false),
                "donors.error.language-unknown");
        assertRefused(new OrganisationDetails("Hội E", null, Sector.OTHER, null, null, null,
                List.of(new ContactDetails(" ", null, null, null)), "vi", false), "donors.error.contact-name-required");
    }

    @Test
    void contactsAreCheckedLikeTheDonor() {
        OrganisationDetails checked = DonorChecks.checked(new OrganisationDetails("Hội F",
                TaxCode.parse("6009991003"), Sector.ASSOCIATION_UNION, null, null, null,
                List.of(new ContactDetails(" Lý Thanh Trúc ", "", "Truc@Example.com", "0262 3852 123")), "en", true));

        assertThat(checked.contacts()).containsExactly(
                new ContactDetails("Lý Thanh Trúc", null, "truc@example.com", "02623852123"));
        assertThat(checked.preferredLanguage()).isEqualTo("en");
    }

    private static OrganisationDetails organisation(String name, TaxCode taxCode, Sector sector) {
        return new OrganisationDetails(name, taxCode, sector, null, null, null, List.of(), "vi", false);
    }

    private static void assertRefused(DonorDetails details, String key) {
        assertThatThrownBy(() -> DonorChecks.checked(details)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(key));
    }
}
