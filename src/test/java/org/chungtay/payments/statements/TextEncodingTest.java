package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextEncodingTest {

    private static final String[] STATEMENT_TEXTS = {
        "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk ủng hộ",
        "Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Mô tả\n01/03/2024,FT1,1.500.000,Nguyễn Văn Đức chuyển tiền ủng hộ\n",
        "Số dư cuối kỳ",
        "Tổng công ty Điện lực miền Trung ủng hộ trẻ em mồ côi",
        "Chuyển khoản từ thiện tháng 3, gia đình anh Hoàng Minh Tuấn, phường Bến Nghé",
        "Trường mầm non Sơn Ca quyên góp được",
        "có",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void windows_1258_with_separate_tone_marks_is_told_from_tcvn3(int text) {
        assertThat(TextEncoding.detect(TestText.windows1258(STATEMENT_TEXTS[text]), "f.csv").name()).isEqualTo("windows-1258");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void tcvn3_is_told_from_windows_1258(int text) {
        assertThat(TextEncoding.detect(TestText.tcvn3(STATEMENT_TEXTS[text]), "f.csv").name()).isEqualTo("TCVN3");
    }

    @Test
    void a_word_both_encodings_spell_alike_is_read_as_windows_1258() {
        assertThat(TextEncoding.detect(TestText.windows1258(STATEMENT_TEXTS[6]), "f.csv").name()).isEqualTo("windows-1258");
    }

    @Test
    void a_byte_order_mark_decides() {
        String text = STATEMENT_TEXTS[1];
        assertThat(TextEncoding.detect(TestText.utf8WithBom(text), "f.csv")).extracting(TextEncoding.Detected::name,
                TextEncoding.Detected::offset).containsExactly("UTF-8", 3);
        assertThat(TextEncoding.detect(TestText.utf16LeWithBom(text), "f.csv")).extracting(TextEncoding.Detected::name,
                TextEncoding.Detected::offset).containsExactly("UTF-16LE", 2);
        assertThat(TextEncoding.detect(TestText.utf16BeWithBom(text), "f.csv")).extracting(TextEncoding.Detected::name,
                TextEncoding.Detected::offset).containsExactly("UTF-16BE", 2);
    }

    @Test
    void valid_utf8_and_plain_ascii_are_utf8() {
        assertThat(TextEncoding.detect(TestText.utf8(STATEMENT_TEXTS[1]), "f.csv").name()).isEqualTo("UTF-8");
        assertThat(TextEncoding.detect("Date,Amount\n".getBytes(StandardCharsets.US_ASCII), "f.csv").name()).isEqualTo("UTF-8");
    }

    @Test
    void the_utf8_check_refuses_overlong_forms_surrogates_and_cut_characters() {
        assertThat(TextEncoding.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse();
        assertThat(TextEncoding.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(TextEncoding.isUtf8(new byte[] {'a', (byte) 0xE1, (byte) 0xBB})).isFalse();
        assertThat(TextEncoding.isUtf8("ỹ😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void vni_text_is_refused_as_unreadable_rather_than_imported_as_mojibake() {
        // VNI Windows writes "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk ủng hộ" with Western letters as tone marks.
        byte[] vni = "Quyõ Baûo trôï treû em tænh Ñaék Laék uûng hoä, Nguyeãn Vaên Ñöùc".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> TextEncoding.detect(vni, "vni.csv")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("statements.error.unreadable-encoding");
    }

    @Test
    void nul_bytes_without_a_byte_order_mark_are_not_a_csv_file() {
        byte[] binary = {'a', 0, 'b', 0, 1, 2, 3};
        assertThatThrownBy(() -> TextEncoding.detect(binary, "x.csv")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("statements.error.unsupported-file");
    }
}
