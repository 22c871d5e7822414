package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberWordsTest {

    private static String spell(long amount) {
        return VietnameseNumberWords.spell(Money.vnd(amount));
    }

    @Test
    void a_receipt_for_nothing_reads_khong_dong() {
        assertThat(spell(0)).isEqualTo("Không đồng");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | Một đồng
            4   | Bốn đồng
            5   | Năm đồng
            9   | Chín đồng
            10  | Mười đồng
            11  | Mười một đồng
            14  | Mười bốn đồng
            15  | Mười lăm đồng
            19  | Mười chín đồng
            20  | Hai mươi đồng
            21  | Hai mươi mốt đồng
            24  | Hai mươi tư đồng
            25  | Hai mươi lăm đồng
            31  | Ba mươi mốt đồng
            44  | Bốn mươi tư đồng
            55  | Năm mươi lăm đồng
            99  | Chín mươi chín đồng
            """)
    void units_take_their_spoken_forms_after_a_ten(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | Một trăm đồng
            101 | Một trăm linh một đồng
            104 | Một trăm linh bốn đồng
            105 | Một trăm linh năm đồng
            110 | Một trăm mười đồng
            115 | Một trăm mười lăm đồng
            121 | Một trăm hai mươi mốt đồng
            999 | Chín trăm chín mươi chín đồng
            """)
    void hundreds_put_linh_before_a_lone_unit(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000          | Một nghìn đồng
            1005          | Một nghìn không trăm linh năm đồng
            1050          | Một nghìn không trăm năm mươi đồng
            1500          | Một nghìn năm trăm đồng
            10000         | Mười nghìn đồng
            15000         | Mười lăm nghìn đồng
            21000         | Hai mươi mốt nghìn đồng
            105000        | Một trăm linh năm nghìn đồng
            500000        | Năm trăm nghìn đồng
            1000000       | Một triệu đồng
            1000005       | Một triệu không trăm linh năm đồng
            1005000       | Một triệu không trăm linh năm nghìn đồng
            1250000       | Một triệu hai trăm năm mươi nghìn đồng
            2000100       | Hai triệu một trăm đồng
            30000000      | Ba mươi triệu đồng
            45500000      | Bốn mươi lăm triệu năm trăm nghìn đồng
            101010101     | Một trăm linh một triệu không trăm mười nghìn một trăm linh một đồng
            999999999     | Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            """)
    void groups_after_the_first_are_read_in_full_and_empty_groups_are_left_out(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000000          | Một tỷ đồng
            1000000005          | Một tỷ không trăm linh năm đồng
            1200000000          | Một tỷ hai trăm triệu đồng
            25000000000         | Hai mươi lăm tỷ đồng
            1000000000000       | Một nghìn tỷ đồng
            1005000000000       | Một nghìn không trăm linh năm tỷ đồng
            1000005000000       | Một nghìn tỷ không trăm linh năm triệu đồng
            10000000000000      | Mười nghìn tỷ đồng
            1000000000000000    | Một triệu tỷ đồng
            """)
    void thousand_millions_are_counted_like_any_number_and_named_ty_once(long amount, String words) {
        assertThat(spell(amount)).isEqualTo(words);
    }

    @Test
    void the_largest_amount_a_pledge_can_have_is_spelled_in_full() {
        assertThat(spell(9_999_999_999_999L)).isEqualTo(
                "Chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu"
                        + " chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng");
    }

    @Test
    void amounts_no_receipt_can_carry_are_refused() {
        assertThatThrownBy(() -> spell(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spell(VietnameseNumberWords.MAX_AMOUNT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
