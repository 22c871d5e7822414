package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "1.500.000", "1,500,000", "1500000", "1.500.000,00", "1,500,000.00", "1 500 000", "1\u00A0500\u00A0000",
        "1500000.00", "1500000,00", "1.500.000 VND", "1.500.000 VNĐ", "1.500.000đ", "1.500.000 đ", "1.500.000 ₫",
        "VND 1,500,000", "+1.500.000", "1,500,000.000", "1.500.000 CR", "1.500.000,0"
    })
    void one_and_a_half_million_is_read_however_the_bank_writes_it(String cell) {
        assertThat(Amounts.parse(cell)).isEqualTo(1_500_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.500.000", "(1.500.000)", "- 1.500.000", "−1.500.000", "1.500.000-", "-1.500.000 VND",
        "(1,500,000.00)", "1.500.000 DR", "-1.500.000,00 đ"})
    void a_signed_amount_is_negative_when_the_bank_marks_a_debit(String cell) {
        assertThat(Amounts.parse(cell)).isEqualTo(-1_500_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.500.000,50", "1,500,000.50", "1500000.5", "1,5", "12.50", "1.500.000,05"})
    void a_fraction_of_a_dong_is_refused_not_rounded(String cell) {
        assertThatThrownBy(() -> Amounts.parse(cell)).isInstanceOf(BadCell.class)
                .extracting(e -> ((BadCell) e).messageKey()).isEqualTo("statements.line.amount-fraction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.50.000", "15.00.000", "1.500,000.000,00", "1,500.000.00", "12 34", "1..500",
        ".500", "500.", "99999999999999999999", "1.500.000 USD", "1.500.000 VND VND VND VND VND", "--", "0x10",
        "1 500.000"})
    void anything_else_is_an_unreadable_amount(String cell) {
        assertThatThrownBy(() -> Amounts.parse(cell)).isInstanceOf(BadCell.class)
                .extracting(e -> ((BadCell) e).messageKey()).isEqualTo("statements.line.invalid-amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "–", "—"})
    void an_empty_cell_or_a_dash_says_no_amount(String cell) {
        assertThat(Amounts.isEmpty(cell)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void a_workbook_number_is_whole_dong_within_float_noise() {
        assertThat(Amounts.fromNumber(new BigDecimal("1500000"), "1500000")).isEqualTo(1_500_000);
        assertThat(Amounts.fromNumber(new BigDecimal("1500000.0000000002"), "x")).isEqualTo(1_500_000);
        assertThat(Amounts.fromNumber(new BigDecimal("-99000"), "x")).isEqualTo(-99_000);
        assertThatThrownBy(() -> Amounts.fromNumber(new BigDecimal("1500000.5"), "1500000.5"))
                .extracting(e -> ((BadCell) e).messageKey()).isEqualTo("statements.line.amount-fraction");
        assertThatThrownBy(() -> Amounts.fromNumber(new BigDecimal("1E+30"), "1E+30"))
                .extracting(e -> ((BadCell) e).messageKey()).isEqualTo("statements.line.invalid-amount");
    }
}
