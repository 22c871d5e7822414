package org.chungtay.children.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.children.ChildEntry;
import org.chungtay.children.CircumstanceCategory;
import org.chungtay.children.Gender;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.junit.jupiter.api.Test;

/** The child form without a browser or Spring: what it hands over, and what it refuses where. */
class ChildFormTest {

    private static final FundUnitRef TAN_LOI = new FundUnitRef(9, 5L, "Phường Tân Lợi", 3, "/1/5/9/", true);
    private static final FundUnitRef EA_TAM = new FundUnitRef(10, 5L, "Phường Ea Tam", 3, "/1/5/10/", true);

    private final List<ChildEntry> saved = new ArrayList<>();

    @Test
    void anEmptyFormMarksEveryMissingFieldAtOnceAndHandsNothingOver() {
        ChildForm form = new ChildForm(List.of(TAN_LOI, EA_TAM), null);
        form.submit(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.fullName.isInvalid()).isTrue();
        assertThat(form.givenName.isInvalid()).isTrue();
        assertThat(form.birthDate.isInvalid()).isTrue();
        assertThat(form.gender.isInvalid()).isTrue();
        assertThat(form.commune.isInvalid()).isTrue();
        assertThat(form.category.isInvalid()).isTrue();
        assertThat(form.guardianName.isInvalid()).isTrue();
        assertThat(form.guardianRelation.isInvalid()).isTrue();
        assertThat(form.guardianPhone.isInvalid()).as("the phone is optional").isFalse();
    }

    @Test
    void aCompleteFormHandsOverTheEntryWithThePhoneInNationalForm() {
        ChildForm form = new ChildForm(List.of(TAN_LOI), null);
        assertThat(form.commune.getValue()).as("the only commune is chosen").isEqualTo(TAN_LOI);
        form.fullName.setValue("  Y Thị Hằng Niê ");
        form.givenName.setValue("Hằng");
        form.birthDate.setValue(VietnamTime.today().minusYears(9));
        form.gender.setValue(Gender.FEMALE);
        form.category.setValue(CircumstanceCategory.ORPHANED);
        form.guardianName.setValue("H’Linh Niê");
        form.guardianRelation.setValue("Bà ngoại");
        form.guardianPhone.setValue("+84 912 345 678");

        form.submit(saved::add);

        assertThat(saved).singleElement().satisfies(entry -> {
            assertThat(entry.fullName()).isEqualTo("Y Thị Hằng Niê");
            assertThat(entry.communeId()).isEqualTo(TAN_LOI.id());
            assertThat(entry.guardianPhone()).isEqualTo(new PhoneNumber("0912345678"));
            assertThat(entry.notes()).isNull();
        });
    }

    @Test
    void aBirthDateInTheFutureOrOfAnAdultAndABadPhoneAreRefused() {
        ChildForm form = new ChildForm(List.of(TAN_LOI), null);
        form.birthDate.setValue(VietnamTime.today().minusYears(18));
        form.guardianPhone.setValue("12345");
        form.submit(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.birthDate.isInvalid()).isTrue();
        assertThat(form.guardianPhone.isInvalid()).isTrue();
    }

    @Test
    void anExistingRecordIsShownAndTheServicesRefusalLandsOnItsField() {
        ChildEntry existing = new ChildEntry("Nguyễn Văn An", "An", VietnamTime.today().minusYears(5), Gender.MALE,
                EA_TAM.id(), CircumstanceCategory.DISABLED, "Nguyễn Văn Bình", "Bố", null, "Cần xe lăn");
        ChildForm form = new ChildForm(List.of(TAN_LOI, EA_TAM), existing);
        assertThat(form.commune.getValue()).isEqualTo(EA_TAM);
        assertThat(form.notes.getValue()).isEqualTo("Cần xe lăn");

        assertThat(form.showProblem(new UserFacingException("children.error.commune"))).isTrue();
        assertThat(form.commune.isInvalid()).isTrue();
        assertThat(form.showProblem(new UserFacingException("children.error.full-name-too-long", 150))).isTrue();
        assertThat(form.fullName.isInvalid()).isTrue();
        assertThat(form.showProblem(new UserFacingException("children.error.pledge-full", 3))).isFalse();
    }
}
