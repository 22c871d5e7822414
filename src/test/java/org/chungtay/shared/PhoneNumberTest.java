package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0912345678, 0912345678",
        "0912 345 678, 0912345678",
        "0912.345.678, 0912345678",
        "+84 912 345 678, 0912345678",
        "+84912345678, 0912345678",
        "0084 912 345 678, 0912345678",
        "(0262) 3852 123, 02623852123",
        "0262-3852-123, 02623852123"
    })
    void vietnameseNumbersTakeTheirNationalForm(String typed, String kept) {
        assertThat(PhoneNumber.isValid(typed)).isTrue();
        assertThat(PhoneNumber.parse(typed).value()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "091234567", "091234567890", "1912345678", "+1 202 555 0100", "0912abc678",
        "+840912345678", "+84 912 345 678 901 23", "0912 345 678                  "})
    void otherNumbersAreRefusedWithTheFieldsMessage(String typed) {
        assertThat(PhoneNumber.isValid(typed)).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(PhoneNumber.INVALID_MESSAGE_KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "+84 262 3852 123", "(0262) 3852-123"})
    void whateverIsTypedTheKeptNumberFitsItsColumn(String typed) {
        assertThat(PhoneNumber.parse(typed).value()).hasSizeLessThanOrEqualTo(PhoneNumber.MAX_LENGTH);
    }
}
