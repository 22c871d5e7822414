package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @ParameterizedTest
    @ValueSource(strings = {
        "30.000.000", "30,000,000", "30000000", "30 000 000", "30 000 000 đ", "30.000.000 VND",
        "30.000.000đ", "30.000.000 ₫", "30,000,000 vnd", "30.000.000 VNĐ", "30.000.000 đồng", "VND 30,000,000",
        "  30.000.000  ", "30\u00A0000\u00A0000\u00A0₫", "30.000.000 \u0111\u00f4\u0300ng"
    })
    void a_pledge_of_thirty_million_is_read_whatever_the_separators_and_currency_mark(String input) {
        assertThat(Money.parse(input)).isEqualTo(Money.vnd(30_000_000));
    }

    @Test
    void a_dot_between_groups_of_three_is_a_thousands_separator_as_in_vietnamese() {
        assertThat(Money.parse("1.500")).isEqualTo(Money.vnd(1_500));
        assertThat(Money.parse("1,500")).isEqualTo(Money.vnd(1_500));
    }

    @Test
    void small_amounts_and_zero_are_read() {
        assertThat(Money.parse("500")).isEqualTo(Money.vnd(500));
        assertThat(Money.parse("0")).isEqualTo(Money.ZERO);
    }

    @Test
    void amounts_up_to_the_limit_of_a_long_are_read() {
        assertThat(Money.parse("9.223.372.036.854.775.807")).isEqualTo(Money.vnd(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1,5", "12.5", "12.50", "1.500,00", "30.000.000,5", "30.00.000", "3000.000.0", "1.5000",
        "30.000,000", "30 000.000", "-5", "+5", "5e6", "abc", "30 triệu", "₫", "VND", "1..000", ".500",
        "500.", "9.223.372.036.854.775.808", "99999999999999999999", "٣٠٠"
    })
    void decimals_signs_and_anything_else_are_refused_with_a_message_key(String input) {
        assertThatThrownBy(() -> Money.parse(input))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("money.error.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blank_input_is_refused_with_the_same_message_key(String input) {
        assertThatThrownBy(() -> Money.parse(input))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(Money.INVALID_MESSAGE_KEY);
    }

    @Test
    void sponsoring_five_children_for_twelve_months_multiplies_the_monthly_amount() {
        Money perChildPerMonth = Money.vnd(500_000);

        assertThat(perChildPerMonth.times(5).times(12)).isEqualTo(Money.vnd(30_000_000));
    }

    @Test
    void payments_add_up_and_the_outstanding_amount_is_a_difference() {
        Money pledged = Money.vnd(30_000_000);
        Money paid = Money.vnd(10_000_000).plus(Money.vnd(5_000_000));

        assertThat(pledged.minus(paid)).isEqualTo(Money.vnd(15_000_000));
        assertThat(paid.minus(pledged)).isEqualTo(Money.vnd(-15_000_000));
    }

    @Test
    void overflow_fails_loudly_instead_of_wrapping_around() {
        Money huge = Money.vnd(Long.MAX_VALUE);

        assertThatThrownBy(() -> huge.plus(Money.vnd(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.vnd(Long.MIN_VALUE).minus(Money.vnd(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> huge.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amounts_compare_by_value() {
        assertThat(Money.vnd(1_000)).isLessThan(Money.vnd(2_000));
        assertThat(Money.vnd(2_000)).isEqualByComparingTo(Money.vnd(2_000));
        assertThat(Money.vnd(2_001).isGreaterThan(Money.vnd(2_000))).isTrue();
        assertThat(Money.vnd(2_000).isGreaterThan(Money.vnd(2_000))).isFalse();
    }

    @Test
    void only_amounts_above_zero_are_positive() {
        assertThat(Money.vnd(1).isPositive()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.vnd(-1).isPositive()).isFalse();
    }

    @Test
    void the_pledge_limit_is_just_under_ten_trillion_dong_and_anything_above_it_is_detectable() {
        assertThat(Money.MAX_PLEDGE).isEqualTo(Money.vnd(9_999_999_999_999L));
        assertThat(Money.parse("10.000.000.000.000").isGreaterThan(Money.MAX_PLEDGE)).isTrue();
        assertThat(Money.parse("9.999.999.999.999").isGreaterThan(Money.MAX_PLEDGE)).isFalse();
    }

    @Test
    void vietnamese_readers_see_dots_and_the_dong_sign() {
        assertThat(Money.vnd(30_000_000).format(VIETNAMESE)).isEqualTo("30.000.000 ₫");
        assertThat(Money.vnd(30_000_000).format(Locale.forLanguageTag("vi"))).isEqualTo("30.000.000 ₫");
    }

    @Test
    void everyone_else_sees_commas_and_the_currency_code() {
        assertThat(Money.vnd(30_000_000).format(Locale.ENGLISH)).isEqualTo("30,000,000 VND");
        assertThat(Money.vnd(30_000_000).format(Locale.GERMANY)).isEqualTo("30,000,000 VND");
    }

    @Test
    void groups_are_cut_from_the_right_whatever_the_number_of_digits() {
        assertThat(Money.vnd(0).format(VIETNAMESE)).isEqualTo("0 ₫");
        assertThat(Money.vnd(999).format(VIETNAMESE)).isEqualTo("999 ₫");
        assertThat(Money.vnd(1_000).format(VIETNAMESE)).isEqualTo("1.000 ₫");
        assertThat(Money.vnd(12_345).format(VIETNAMESE)).isEqualTo("12.345 ₫");
        assertThat(Money.vnd(123_456).format(VIETNAMESE)).isEqualTo("123.456 ₫");
        assertThat(Money.vnd(1_234_567).format(Locale.ENGLISH)).isEqualTo("1,234,567 VND");
    }

    @Test
    void negative_amounts_keep_their_sign_in_front() {
        assertThat(Money.vnd(-1_500_000).format(VIETNAMESE)).isEqualTo("-1.500.000 ₫");
        assertThat(Money.vnd(Long.MIN_VALUE).format(Locale.ENGLISH))
                .isEqualTo("-9,223,372,036,854,775,808 VND");
    }

    @Test
    void what_is_formatted_is_parsed_back_to_the_same_amount() {
        for (long amount : new long[] {0, 7, 1_000, 1_250_000, 30_000_000, 10_000_000_000_000L}) {
            Money money = Money.vnd(amount);
            assertThat(Money.parse(money.format(VIETNAMESE))).isEqualTo(money);
            assertThat(Money.parse(money.format(Locale.ENGLISH))).isEqualTo(money);
        }
    }

    @Test
    void to_string_is_the_english_form_for_logs() {
        assertThat(Money.vnd(1_500)).hasToString("1,500 VND");
    }
}
