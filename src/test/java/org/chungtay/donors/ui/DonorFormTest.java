package org.chungtay.donors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorType;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The donor form without a browser or Spring: what it hands over, and what it refuses where. */
class DonorFormTest {

    private static final FundUnitRef PROVINCE = new FundUnitRef(1, null, "Tỉnh Đắk Lắk", 1, "/1/", true);
    private static final FundUnitRef CITY = new FundUnitRef(2, 1L, "Thành phố Buôn Ma Thuột", 2, "/1/2/", true);

    @Test
    void aNewOrganisationIsHandedOverWithItsUnitAndNoOptInsUnlessTicked() {
        DonorForm form = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE, CITY), CITY.id());
        type(form, "donor-name", "Công ty TNHH Cà phê Hạt Ngọc");
        type(form, "donor-tax-code", "6009991003");
        select(form, "donor-sector", Sector.ENTERPRISE);
        type(form, "donor-address", "Phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk");

        List<DonorForm.Submitted> handed = submit(form);

        assertThat(handed).hasSize(1);
        DonorForm.Submitted submitted = handed.getFirst();
        assertThat(submitted.fundUnitId()).isEqualTo(CITY.id());
        assertThat(submitted.optIns()).isEmpty();
        OrganisationDetails details = (OrganisationDetails) submitted.details();
        assertThat(details.taxCode()).isEqualTo(new TaxCode("6009991003"));
        assertThat(details.sector()).isEqualTo(Sector.ENTERPRISE);
        assertThat(details.mayBeNamed()).isFalse();
        assertThat(details.preferredLanguage()).isEqualTo("vi");
    }

    @Test
    void optInBoxesStartUntickedAndTickedOnesAreHandedOver() {
        DonorForm form = DonorForm.forNew(DonorType.INDIVIDUAL, List.of(PROVINCE), PROVINCE.id());
        assertThat(this.<Checkbox>field(form, "donor-opt-in-progress-updates").getValue()).isFalse();
        assertThat(this.<Checkbox>field(form, "donor-opt-in-appeals").getValue()).isFalse();
        type(form, "donor-name", "Nguyễn Văn Hùng");
        type(form, "donor-email", "hung@example.com");
        this.<Checkbox>field(form, "donor-opt-in-appeals").setValue(true);

        DonorForm.Submitted submitted = submit(form).getFirst();

        assertThat(submitted.optIns()).containsExactly(ConsentCategory.APPEALS);
        assertThat(submitted.details()).isInstanceOf(IndividualDetails.class);
    }

    @Test
    void aWrongTaxCodeIsRefusedNextToTheField() {
        DonorForm form = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE), PROVINCE.id());
        type(form, "donor-name", "Công ty A");
        type(form, "donor-tax-code", "6009991004");
        select(form, "donor-sector", Sector.ENTERPRISE);

        assertThat(submit(form)).isEmpty();
        HasValidation taxCode = field(form, "donor-tax-code");
        assertThat(taxCode.isInvalid()).isTrue();
        assertThat(taxCode.getErrorMessage()).contains(TaxCode.INVALID_MESSAGE_KEY);
    }

    @Test
    void anEnterpriseNeedsATaxCodeButAnAssociationDoesNot() {
        DonorForm enterprise = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE), PROVINCE.id());
        type(enterprise, "donor-name", "Công ty B");
        select(enterprise, "donor-sector", Sector.ENTERPRISE);
        assertThat(submit(enterprise)).isEmpty();
        assertThat(this.<HasValidation>field(enterprise, "donor-tax-code").getErrorMessage())
                .contains("donors.error.tax-code-required");

        DonorForm association = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE), PROVINCE.id());
        type(association, "donor-name", "Hội Doanh nhân trẻ");
        select(association, "donor-sector", Sector.ASSOCIATION_UNION);
        assertThat(submit(association)).hasSize(1);
    }

    @Test
    void contactsAreValidatedRowByRow() {
        DonorForm form = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE), PROVINCE.id());
        type(form, "donor-name", "Hội Phụ nữ");
        select(form, "donor-sector", Sector.ASSOCIATION_UNION);
        this.<Button>field(form, "donor-contact-add").click();
        type(form, "donor-contact-phone-0", "12345");

        assertThat(submit(form)).isEmpty();
        assertThat(this.<HasValidation>field(form, "donor-contact-name-0").isInvalid()).isTrue();
        assertThat(this.<HasValidation>field(form, "donor-contact-phone-0").isInvalid()).isTrue();

        type(form, "donor-contact-name-0", "Phạm Thị Thu Hà");
        type(form, "donor-contact-phone-0", "+84 912 345 678");
        OrganisationDetails details = (OrganisationDetails) submit(form).getFirst().details();
        assertThat(details.contacts()).containsExactly(new ContactDetails("Phạm Thị Thu Hà", "", "",
                "+84 912 345 678"));
    }

    @Test
    void anIndividualNeedsAValidEmailAndAVietnamesePhoneIfAny() {
        DonorForm form = DonorForm.forNew(DonorType.INDIVIDUAL, List.of(PROVINCE), PROVINCE.id());
        type(form, "donor-name", "Trần Thị Mai");
        type(form, "donor-email", "not-an-address");
        type(form, "donor-phone", "091234");

        assertThat(submit(form)).isEmpty();
        assertThat(this.<HasValidation>field(form, "donor-email").isInvalid()).isTrue();
        assertThat(this.<HasValidation>field(form, "donor-phone").getErrorMessage())
                .contains("donors.error.phone-invalid");
    }

    @Test
    void editingShowsTheDetailsAndNeitherUnitNorOptIns() {
        DonorForm form = DonorForm.forEdit(new IndividualDetails("Đặng Minh Khoa", "khoa@example.com", null, null,
                "en", true));

        assertThat(find(form, "donor-fund-unit")).isEmpty();
        assertThat(find(form, "donor-opt-in-appeals")).isEmpty();
        assertThat(this.<HasValue<?, String>>field(form, "donor-email").getValue()).isEqualTo("khoa@example.com");
        assertThat(((IndividualDetails) submit(form).getFirst().details()).preferredLanguage()).isEqualTo("en");
    }

    @Test
    void aDuplicateRefusedByTheServiceIsShownAtTheTaxCode() {
        DonorForm form = DonorForm.forNew(DonorType.ORGANISATION, List.of(PROVINCE), PROVINCE.id());

        boolean shown = form.showProblem(new UserFacingException("donors.error.tax-code-elsewhere", "Xã Ea Tu"));

        assertThat(shown).isTrue();
        assertThat(this.<HasValidation>field(form, "donor-tax-code").isInvalid()).isTrue();
        assertThat(form.showProblem(new UserFacingException("donors.error.duplicate"))).isFalse();
    }

    private static List<DonorForm.Submitted> submit(DonorForm form) {
        List<DonorForm.Submitted> handed = new ArrayList<>();
        form.submit(handed::add);
        return handed;
    }

    @SuppressWarnings("unchecked")
    private static void type(DonorForm form, String id, String value) {
        ((HasValue<?, String>) field(form, id)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(DonorForm form, String id, T value) {
        ((HasValue<?, T>) field(form, id)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(DonorForm form, String id) {
        return (T) find(form, id).orElseThrow(() -> new AssertionError("No element #" + id));
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
