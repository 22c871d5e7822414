package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Đắk Lắk                          | dak lak
            Nguyễn Văn                       | nguyen van
            ĐỖ THỊ HƯƠNG                     | do thi huong
            Buôn Ma Thuột                    | buon ma thuot
            Quỹ Bảo trợ trẻ em               | quy bao tro tre em
            Ứng Hòa, Hà Nội                  | ung hoa, ha noi
            Công ty TNHH Ươm Mầm Xanh         | cong ty tnhh uom mam xanh
            Ea H'leo                         | ea h'leo
            """)
    void vietnamese_names_lose_diacritics_and_case(String text, String normalised) {
        assertThat(SearchText.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void d_with_stroke_becomes_d_although_it_has_no_decomposition() {
        assertThat(Normalizer.normalize("đ", Normalizer.Form.NFD)).isEqualTo("đ");
        assertThat(SearchText.normalise("Đinh đồng")).isEqualTo("dinh dong");
    }

    @Test
    void text_in_decomposed_form_as_some_systems_store_it_normalises_the_same() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        assertThat(SearchText.normalise(decomposed)).isEqualTo("nguyen thi anh");
    }

    @Test
    void whitespace_of_any_kind_collapses_to_single_spaces_and_is_trimmed() {
        assertThat(SearchText.normalise("  Đắk \t Lắk\u00A0\n Phường  ")).isEqualTo("dak lak phuong");
    }

    @Test
    void case_is_folded_without_the_turkish_dotless_i_surprise() {
        assertThat(SearchText.normalise("KIM")).isEqualTo("kim");
    }

    @Test
    void diacritics_can_be_removed_while_keeping_the_case() {
        assertThat(SearchText.withoutDiacritics("Ủng hộ Quỹ Đắk Lắk")).isEqualTo("Ung ho Quy Dak Lak");
    }

    @Test
    void a_query_matches_when_every_word_appears_in_any_order_with_or_without_accents() {
        String stored = SearchText.normalise("Công ty TNHH Cà phê Đắk Lắk");

        assertThat(SearchText.matches(stored, "dak lak")).isTrue();
        assertThat(SearchText.matches(stored, "Đắk  LẮK")).isTrue();
        assertThat(SearchText.matches(stored, "lak cong")).isTrue();
        assertThat(SearchText.matches(stored, "ca ph")).isTrue();
    }

    @Test
    void a_query_does_not_match_when_one_word_is_missing() {
        String stored = SearchText.normalise("Công ty TNHH Cà phê Đắk Lắk");

        assertThat(SearchText.matches(stored, "dak nong")).isFalse();
    }

    @Test
    void a_blank_query_matches_everything() {
        assertThat(SearchText.matches("dak lak", "")).isTrue();
        assertThat(SearchText.matches("dak lak", "   ")).isTrue();
    }
}
