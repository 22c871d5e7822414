package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BanksTest {

    @Test
    void the_reference_list_holds_the_ten_large_banks_in_its_own_order() {
        assertThat(Banks.all()).hasSize(10);
        assertThat(Banks.all().getFirst())
                .isEqualTo(new Bank("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"));
        assertThat(Banks.all()).extracting(Bank::shortName).contains(
                "VietinBank", "BIDV", "Agribank", "Techcombank", "MB", "ACB", "VPBank", "Sacombank", "TPBank");
    }

    @Test
    void every_bin_is_six_digits_and_unique() {
        assertThat(Banks.all()).extracting(Bank::bin).allMatch(bin -> bin.matches("\\d{6}")).doesNotHaveDuplicates();
    }

    @Test
    void a_bank_is_found_by_its_bin() {
        assertThat(Banks.byBin("970418")).map(Bank::shortName).hasValue("BIDV");
        assertThat(Banks.byBin("970405")).map(Bank::name)
                .hasValue("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam");
    }

    @Test
    void an_unknown_bin_finds_nothing() {
        assertThat(Banks.byBin("999999")).isEmpty();
        assertThat(Banks.byBin(null)).isEmpty();
    }

    @Test
    void the_list_cannot_be_changed_by_a_caller() {
        assertThatThrownBy(() -> Banks.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_bank_needs_a_six_digit_bin() {
        assertThatThrownBy(() -> new Bank("97043", "X", "X")).isInstanceOf(IllegalArgumentException.class);
    }
}
