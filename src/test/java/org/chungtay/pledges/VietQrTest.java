package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietQrTest {

    private static final String VIETCOMBANK = "970436";

    @Test
    void the_checksum_is_crc16_ccitt_false_with_its_standard_check_value() {
        assertThat(VietQr.crc16("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(VietQr.crc16(new byte[0])).isEqualTo(0xFFFF);
    }

    @Test
    void a_pledge_payment_code_carries_bank_account_amount_and_reference_in_emvco_fields() {
        String payload = VietQr.payload(VIETCOMBANK, "0071000123456", Money.vnd(30_000_000), "CT26-7KQ4MZ");

        Map<String, String> fields = tlv(payload);
        assertThat(fields.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        assertThat(fields.get("00")).isEqualTo("01");
        assertThat(fields.get("01")).as("dynamic: for one payment").isEqualTo("12");
        assertThat(fields.get("53")).isEqualTo("704");
        assertThat(fields.get("54")).isEqualTo("30000000");
        assertThat(fields.get("58")).isEqualTo("VN");
        assertThat(tlv(fields.get("62"))).containsExactly(Map.entry("08", "CT26-7KQ4MZ"));

        Map<String, String> merchantAccount = tlv(fields.get("38"));
        assertThat(merchantAccount.keySet()).containsExactly("00", "01", "02");
        assertThat(merchantAccount.get("00")).isEqualTo("A000000727");
        assertThat(merchantAccount.get("02")).isEqualTo("QRIBFTTA");
        assertThat(tlv(merchantAccount.get("01")))
                .containsExactly(Map.entry("00", VIETCOMBANK), Map.entry("01", "0071000123456"));
    }

    @Test
    void the_payload_is_written_field_by_field_with_two_digit_lengths() {
        String payload = VietQr.payload(VIETCOMBANK, "0071000123456", Money.vnd(500_000), "CT26-7KQ4MZ");

        assertThat(payload).startsWith("000201" + "010212"
                + "3857" + "0010A000000727" + "0127" + "0006970436" + "01130071000123456" + "0208QRIBFTTA"
                + "5303704" + "5406500000" + "5802VN" + "6215" + "0811CT26-7KQ4MZ" + "6304");
        assertThat(payload).hasSize(payload.indexOf("6304") + 8);
    }

    @Test
    void the_crc_covers_everything_before_it_including_its_own_id_and_length() {
        String payload = VietQr.payload(VIETCOMBANK, "0071000123456", Money.vnd(1_250_000), "CT26-7KQ4MZ");

        String covered = payload.substring(0, payload.length() - 4);
        assertThat(covered).endsWith("6304");
        int expected = VietQr.crc16(covered.getBytes(StandardCharsets.US_ASCII));
        assertThat(payload.substring(payload.length() - 4)).isEqualTo(String.format("%04X", expected));
        assertThat(payload.substring(payload.length() - 4)).matches("[0-9A-F]{4}");
    }

    @Test
    void a_poster_code_without_amount_is_static_and_lets_the_payer_type_the_amount() {
        Map<String, String> fields = tlv(VietQr.payloadWithoutAmount(VIETCOMBANK, "0071000123456", "UNG HO TET 2026"));

        assertThat(fields.get("01")).as("static: reusable").isEqualTo("11");
        assertThat(fields).doesNotContainKey("54");
        assertThat(tlv(fields.get("62")).get("08")).isEqualTo("UNG HO TET 2026");
    }

    @Test
    void the_transfer_note_loses_diacritics_and_characters_banks_would_mangle() {
        String payload = VietQr.payload(VIETCOMBANK, "123", Money.vnd(1), "CT26 Ủng hộ: Đắk Lắk!");

        assertThat(tlv(tlv(payload).get("62")).get("08")).isEqualTo("CT26 Ung ho Dak Lak");
    }

    @Test
    void a_long_note_is_cut_to_twenty_five_characters_keeping_the_reference_in_front() {
        String note = "CT26-7KQ4MZ Cong ty TNHH Thuong mai Dich vu";

        String written = tlv(tlv(VietQr.payload(VIETCOMBANK, "123", Money.vnd(1), note)).get("62")).get("08");

        assertThat(written).isEqualTo("CT26-7KQ4MZ Cong ty TNHH");
        assertThat(written.length()).isLessThanOrEqualTo(VietQr.MAX_NOTE_LENGTH);
    }

    @Test
    void without_a_note_there_is_no_additional_data_field() {
        assertThat(tlv(VietQr.payload(VIETCOMBANK, "123", Money.vnd(1), null))).doesNotContainKey("62");
        assertThat(tlv(VietQr.payload(VIETCOMBANK, "123", Money.vnd(1), " ?! "))).doesNotContainKey("62");
    }

    @Test
    void the_largest_amount_fits_the_thirteen_characters_emvco_allows() {
        Map<String, String> fields = tlv(VietQr.payload(VIETCOMBANK, "123", VietQr.MAX_AMOUNT, "X"));

        assertThat(fields.get("54")).isEqualTo("9999999999999");
    }

    @Test
    void amounts_that_are_not_positive_or_too_long_for_the_code_are_refused() {
        for (Money amount : new Money[] {Money.ZERO, Money.vnd(-1), Money.MAX_PLEDGE.plus(Money.vnd(1))}) {
            assertThatThrownBy(() -> VietQr.payload(VIETCOMBANK, "123", amount, "X"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "97043", "9704366", "97043A", " 970436"})
    void a_bin_must_be_six_digits(String bin) {
        assertThatThrownBy(() -> VietQr.payload(bin, "123", Money.vnd(1), "X"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901234567890", "0071-000", "0071 000", "00710001234ấ"})
    void an_account_number_must_be_one_to_nineteen_letters_and_digits(String account) {
        assertThatThrownBy(() -> VietQr.payload(VIETCOMBANK, account, Money.vnd(1), "X"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_nineteen_character_account_with_letters_is_accepted() {
        Map<String, String> fields = tlv(VietQr.payload(VIETCOMBANK, "VQRQ1234567890ABCDE", Money.vnd(1), "X"));

        assertThat(tlv(tlv(fields.get("38")).get("01")).get("01")).isEqualTo("VQRQ1234567890ABCDE");
    }

    @Test
    void the_code_is_drawn_as_a_png_of_the_requested_size() throws IOException {
        String payload = VietQr.payload(VIETCOMBANK, "0071000123456", Money.vnd(30_000_000), "CT26-7KQ4MZ");

        byte[] png = VietQr.png(payload, 300);

        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(signature);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("quiet zone").isEqualTo(0xFFFFFF);
    }

    @Test
    void image_sizes_too_small_to_scan_or_absurdly_large_are_refused() {
        assertThatThrownBy(() -> VietQr.png("000201", 199)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQr.png("000201", 2001)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads EMVCo ID-length-value fields, failing on any length that does not add up. */
    private static Map<String, String> tlv(String data) {
        Map<String, String> fields = new LinkedHashMap<>();
        int position = 0;
        while (position < data.length()) {
            String id = data.substring(position, position + 2);
            int length = Integer.parseInt(data.substring(position + 2, position + 4));
            assertThat(position + 4 + length).as("end of field %s", id).isLessThanOrEqualTo(data.length());
            String value = data.substring(position + 4, position + 4 + length);
            assertThat(fields.put(id, value)).as("repeated %s", id).isNull();
            position += 4 + length;
        }
        return fields;
    }
}
