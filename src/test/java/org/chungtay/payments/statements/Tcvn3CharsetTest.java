package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class Tcvn3CharsetTest {

    private static final String SENTENCE = "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk ủng hộ ẫ ặ ữ";

    @Test
    void known_bytes_decode_to_the_letters_the_standard_gives_them() {
        byte[] quyBaoDak = {'Q', 'u', (byte) 0xFC, ' ', 'B', (byte) 0xB6, 'o', ' ', (byte) 0xA7, (byte) 0xBE, 'k'};
        assertThat(new String(quyBaoDak, Tcvn3Charset.INSTANCE)).isEqualTo("Quỹ Bảo Đắk");
    }

    @Test
    void a_sentence_with_every_kind_of_vowel_survives_encoding_and_decoding() {
        byte[] encoded = TestText.tcvn3(SENTENCE);
        assertThat(encoded).hasSize(SENTENCE.length());
        assertThat(new String(encoded, Tcvn3Charset.INSTANCE)).isEqualTo(SENTENCE);
    }

    @Test
    void every_vowel_with_every_tone_and_d_with_stroke_has_its_own_byte() {
        StringBuilder all = new StringBuilder("đĐĂÂÊÔƠƯ");
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                all.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        String letters = all.toString();
        byte[] encoded = TestText.tcvn3(letters);
        assertThat(encoded).hasSize(letters.length()).doesNotHaveDuplicates();
        assertThat(new String(encoded, Tcvn3Charset.INSTANCE)).isEqualTo(letters);
    }

    @Test
    void ascii_and_the_line_breaks_of_a_csv_file_are_themselves() {
        String ascii = "Ngay,So tien\tGhi chu\r\n\"01/03/2024\";1.500.000\n";
        assertThat(new String(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII), Tcvn3Charset.INSTANCE))
                .isEqualTo(ascii);
    }
}
