package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;

class StatementLineTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static StatementLine line(int number, String note, Money balance, String reference) {
        return new StatementLine(number, DAY, Money.vnd(1_500_000), note, "NGUYEN VAN A", "0071000123456", reference, balance);
    }

    @Test
    void the_fingerprint_is_the_sha256_of_date_amount_note_balance_and_reference() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("2024-03-01|1500000|Ủng hộ quỹ|5000000|FT1".getBytes(StandardCharsets.UTF_8)));
        assertThat(line(2, "Ủng hộ quỹ", Money.vnd(5_000_000), "FT1").fingerprint()).isEqualTo(expected);
        String withoutBalanceAndReference = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("2024-03-01|1500000|Ủng hộ quỹ||".getBytes(StandardCharsets.UTF_8)));
        assertThat(line(2, "Ủng hộ quỹ", null, null).fingerprint()).isEqualTo(withoutBalanceAndReference);
    }

    @Test
    void the_same_transaction_read_again_has_the_same_fingerprint_whatever_the_line_or_spacing() {
        String decomposed = "U\u0309ng  ho\u0302\u0323\n quy\u0303 ";
        assertThat(line(9, decomposed, null, null).fingerprint()).isEqualTo(line(2, "Ủng hộ quỹ", null, null).fingerprint());
    }

    @Test
    void a_different_balance_or_reference_is_a_different_transaction() {
        String first = line(2, "Ủng hộ", Money.vnd(5_000_000), null).fingerprint();
        assertThat(line(3, "Ủng hộ", Money.vnd(6_500_000), null).fingerprint()).isNotEqualTo(first);
        assertThat(line(2, "Ủng hộ", Money.vnd(5_000_000), "FT2").fingerprint()).isNotEqualTo(first);
    }

    @Test
    void a_credit_is_positive() {
        assertThatThrownBy(() -> new StatementLine(1, DAY, Money.ZERO, "", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
