package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNumberWordsTest {

    private static String spell(long amount) {
        return EnglishNumberWords.spell(Money.vnd(amount));
    }

    @Test
    void a_receipt_for_nothing_reads_zero_dong() {
        assertThat(spell(0)).isEqualTo("Zero dong");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | One dong
            2   | Two dong
            9   | Nine dong
            10  | Ten dong
            11  | Eleven dong
            12  | Twelve dong
            13  | Thirteen dong
            15  | Fifteen dong
            18  | Eighteen dong
            19  | Nineteen dong
            20  | Twenty dong
            21  | Twenty-one dong
            30  | Thirty dong
            40  | Forty dong
            44  | Forty-four dong
            50  | Fifty dong
            58  | Fifty-eight dong
            80  | Eighty dong
            90  | Ninety dong
            99  | Ninety-nine dong
            """)
    void numbers_below_a_hundred_are_one_word_or_hyphenated(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @Test
    void every_number_from_twenty_one_to_ninety_nine_that_is_not_a_round_ten_has_one_hyphen() {
        LongStream.rangeClosed(21, 99).filter(n -> n % 10 != 0).forEach(n -> assertThat(spell(n))
                .as("%d", n).matches("[A-Z][a-z]+-[a-z]+ dong"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | One hundred dong
            101 | One hundred and one dong
            110 | One hundred and ten dong
            115 | One hundred and fifteen dong
            121 | One hundred and twenty-one dong
            500 | Five hundred dong
            999 | Nine hundred and ninety-nine dong
            """)
    void hundreds_take_and_before_the_rest_in_british_style(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000          | One thousand dong
            1005          | One thousand and five dong
            1050          | One thousand and fifty dong
            1100          | One thousand one hundred dong
            1101          | One thousand one hundred and one dong
            1500          | One thousand five hundred dong
            10000         | Ten thousand dong
            21000         | Twenty-one thousand dong
            105000        | One hundred and five thousand dong
            500000        | Five hundred thousand dong
            1000000       | One million dong
            1000005       | One million and five dong
            1005000       | One million five thousand dong
            1250000       | One million two hundred and fifty thousand dong
            2000100       | Two million one hundred dong
            30000000      | Thirty million dong
            45500000      | Forty-five million five hundred thousand dong
            101010101     | One hundred and one million ten thousand one hundred and one dong
            999999999     | Nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine dong
            """)
    void groups_of_three_are_named_and_empty_groups_are_left_out(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000000          | One billion dong
            1000000005          | One billion and five dong
            1200000000          | One billion two hundred million dong
            25000000000         | Twenty-five billion dong
            1000000000000       | One trillion dong
            1005000000000       | One trillion five billion dong
            1000005000000       | One trillion five million dong
            10000000000000      | Ten trillion dong
            999000000000000     | Nine hundred and ninety-nine trillion dong
            1000000000000000    | One thousand trillion dong
            """)
    void the_short_scale_goes_up_to_a_thousand_trillion(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @Test
    void the_largest_amount_a_pledge_can_have_is_spelled_in_full() {
        assertThat(spell(Money.MAX_PLEDGE.amount())).isEqualTo(
                "Nine trillion nine hundred and ninety-nine billion nine hundred and ninety-nine million"
                        + " nine hundred and ninety-nine thousand nine hundred and ninety-nine dong");
    }

    @Test
    void and_appears_only_after_a_hundred_or_before_a_last_group_under_a_hundred() {
        assertThat(spell(1_001_000)).isEqualTo("One million one thousand dong");
        assertThat(spell(1_000_099)).isEqualTo("One million and ninety-nine dong");
        assertThat(spell(1_000_100)).isEqualTo("One million one hundred dong");
    }

    @Test
    void amounts_no_receipt_can_carry_are_refused() {
        assertThatThrownBy(() -> spell(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spell(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spell(EnglishNumberWords.MAX_AMOUNT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EnglishNumberWords.MAX_AMOUNT).isEqualTo(VietnameseNumberWords.MAX_AMOUNT);
    }
}
