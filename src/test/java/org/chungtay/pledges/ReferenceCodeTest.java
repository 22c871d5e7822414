package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodeTest {

    /** A well-formed code: its check character Z agrees with CT26-7KQ4M. */
    private static final ReferenceCode CODE = new ReferenceCode("CT26-7KQ4MZ");

    @Test
    void a_new_code_names_the_pledge_year_and_uses_only_unambiguous_characters() {
        ReferenceCode code = ReferenceCode.generate(Year.of(2026));

        assertThat(code.value()).matches("CT26-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
        assertThat(ReferenceCode.isWellFormed(code.value())).isTrue();
        assertThat(code).hasToString(code.value());
    }

    @Test
    void the_year_is_written_with_two_digits() {
        assertThat(ReferenceCode.generate(Year.of(2030)).value()).startsWith("CT30-");
        assertThat(ReferenceCode.generate(Year.of(2105)).value()).startsWith("CT05-");
    }

    @Test
    void ten_thousand_codes_are_all_well_formed_and_practically_all_different() {
        SplittableRandom random = new SplittableRandom(2026);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ReferenceCode code = ReferenceCode.generate(Year.of(2026), random);
            assertThat(code.value()).doesNotContain("0", "O", "1", "I", "L");
            codes.add(code.value());
        }
        assertThat(codes).hasSizeGreaterThan(9_990);
    }

    @Test
    void every_mistyped_character_is_detected() {
        String code = CODE.value();
        for (int position : new int[] {2, 3, 5, 6, 7, 8, 9, 10}) {
            for (char typo : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
                if (typo != code.charAt(position)) {
                    String mistyped = code.substring(0, position) + typo + code.substring(position + 1);
                    assertThat(ReferenceCode.isWellFormed(mistyped)).as(mistyped).isFalse();
                }
            }
        }
    }

    @Test
    void every_swap_of_two_different_neighbours_is_detected() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            String code = ReferenceCode.generate(Year.of(2026), random).value();
            for (int position : new int[] {2, 5, 6, 7, 8, 9}) {
                char first = code.charAt(position);
                char second = code.charAt(position + 1);
                if (first != second) {
                    String swapped = code.substring(0, position) + second + first + code.substring(position + 2);
                    assertThat(ReferenceCode.isWellFormed(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "ct26-7kq4mz", "CT267KQ4MZ", "CT26 7KQ4MZ", "CX26-7KQ4MZ", "CT2-67KQ4MZ", "CT26-7KQ4MZ ", "CT26-7KQ4M"
    })
    void only_the_exact_canonical_form_is_well_formed(String text) {
        assertThat(ReferenceCode.isWellFormed(text)).isFalse();
    }

    @Test
    void a_code_cannot_be_built_from_a_malformed_text() {
        assertThatThrownBy(() -> new ReferenceCode("CT26-7KQ4M9")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CK ung ho ct26 7kq4mz cong ty abc",
        "CT26-7KQ4MZ",
        "ct26-7kq4mz",
        "IBFT CT267KQ4MZ",
        "MBVCB.3456789.012345.CT26-7KQ4MZ.CT tu 0071000123456 CONG TY ABC toi 1234567",
        "Ủng hộ quỹ CT 26 - 7KQ4MZ",
        "CT26_7KQ4MZ thang 6",
        "CT26–7KQ4MZ",
        "chuyen tien CT267KQ4MZCONG TY ABC",
        "CT26-7KQ4MA nham, dung la CT26-7KQ4MZ"
    })
    void a_code_is_found_in_a_messy_bank_statement_note(String transferNote) {
        assertThat(ReferenceCode.findIn(transferNote)).hasValue(CODE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "CK ung ho quy bao tro tre em",
        "ct26 7kq4ma",
        "ACT26-7KQ4MZ",
        "CT26-7KQ4"
    })
    void no_code_is_found_where_there_is_none_or_its_check_character_disagrees(String transferNote) {
        assertThat(ReferenceCode.findIn(transferNote)).isEmpty();
    }

    @Test
    void every_generated_code_is_found_again_in_a_note_written_in_lower_case_without_hyphen() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 1_000; i++) {
            ReferenceCode code = ReferenceCode.generate(Year.of(2026), random);
            String note = "ung ho " + code.value().toLowerCase().replace("-", " ") + " cty abc";
            assertThat(ReferenceCode.findIn(note)).as(note).hasValue(code);
        }
    }
}
