package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void anAddressIsKeptTrimmedAndInLowerCase() {
        assertThat(EmailAddress.parse(" Hung.Nguyen@Example.COM ").value()).isEqualTo("hung.nguyen@example.com");
        assertThat(EmailAddress.parse("ke-toan+quy@caphe.com.vn")).isEqualTo(new EmailAddress("ke-toan+quy@caphe.com.vn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "an@", "@example.com", "an@example", "an example@example.com", "an@@example.com",
        "an@example..com", "an\u0000@example.com"})
    void otherTextsAreRefusedWithTheFieldsMessage(String typed) {
        assertThat(EmailAddress.isValid(typed)).isFalse();
        assertThatThrownBy(() -> EmailAddress.parse(typed)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(EmailAddress.INVALID_MESSAGE_KEY));
    }

    @Test
    void anAddressLongerThanSmtpCarriesIsRefused() {
        String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
        assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThat(EmailAddress.isValid("x" + longest.substring(1).replace("@", "@b"))).isFalse();
    }
}
