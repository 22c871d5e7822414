package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0100109106", // Viettel
        "0100112437", // Vietcombank
        "0300588569", // Vinamilk
        "0101248141", // FPT
        "0101245486"  // Vingroup
    })
    void tax_codes_of_well_known_enterprises_pass_the_check_digit(String published) {
        assertThat(TaxCode.parse(published).value()).isEqualTo(published);
    }

    @Test
    void a_branch_code_is_the_enterprise_code_a_hyphen_and_three_digits() {
        TaxCode branch = TaxCode.parse("0100109106-001");

        assertThat(branch.value()).isEqualTo("0100109106-001");
        assertThat(branch.isBranch()).isTrue();
        assertThat(branch.headOffice()).isEqualTo(TaxCode.parse("0100109106"));
    }

    @Test
    void a_head_office_is_its_own_head_office() {
        TaxCode headOffice = TaxCode.parse("0100112437");

        assertThat(headOffice.isBranch()).isFalse();
        assertThat(headOffice.headOffice()).isSameAs(headOffice);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        " 0100109106-001 ", "0100109106 - 001", "0100 109 106-001", "0100109106–001", "0100109106\u00A0-\u00A0001",
        "0100109106001"
    })
    void spaces_dashes_and_a_missing_hyphen_are_normalised(String typed) {
        assertThat(TaxCode.parse(typed)).isEqualTo(new TaxCode("0100109106-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0100109107", // Viettel with the last digit mistyped
        "0100109016", // Viettel with two digits swapped
        "1000109106", // Viettel with two digits swapped
        "0100109106-000",
        "0100109106-01",
        "0100109106-0001",
        "010010910",
        "01001091066",
        "010010910A",
        "0100109106/001",
        "MST 0100109106",
        "٠١٠٠١٠٩١٠٦"
    })
    void mistyped_or_malformed_codes_are_refused_with_the_donor_message_key(String typed) {
        assertThat(TaxCode.isValid(typed)).isFalse();
        assertThatThrownBy(() -> TaxCode.parse(typed))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("donors.error.tax-code-invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void blank_input_is_refused(String typed) {
        assertThat(TaxCode.isValid(typed)).isFalse();
        assertThatThrownBy(() -> TaxCode.parse(typed)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void nine_digits_whose_weighted_sum_is_a_multiple_of_eleven_never_form_a_code() {
        // 23·1 + 5·2 = 33: the check would be 10, which is not a digit.
        for (int last = 0; last <= 9; last++) {
            assertThat(TaxCode.isValid("001000020" + last)).isFalse();
            assertThat(TaxCode.isValid("000000000" + last)).isFalse();
        }
    }

    @Test
    void a_weighted_sum_of_ten_modulo_eleven_gives_check_digit_zero() {
        // 5·2 = 10
        assertThat(TaxCode.isValid("0000000200")).isTrue();
        assertThat(TaxCode.isValid("0000000201")).isFalse();
    }

    @Test
    void the_canonical_constructor_accepts_only_the_canonical_form() {
        assertThatThrownBy(() -> new TaxCode("0100109106 - 001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaxCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_is_the_canonical_form() {
        assertThat(TaxCode.parse("0100109106 001")).hasToString("0100109106-001");
    }
}
