package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementDatesTest {

    private static final LocalDate FIFTH_OF_MARCH = LocalDate.of(2024, 3, 5);

    @ParameterizedTest
    @ValueSource(strings = {
        "05/03/2024", "5/3/2024", "05-03-2024", "5-3-2024", "05.03.2024", "2024-03-05", "2024/03/05", "20240305",
        "05/03/2024 10:30", "05/03/2024 10:30:45", "05/03/2024 9:05", "05/03/202410:30:45", "05/03/2024-10:30:45",
        "2024-03-05T10:30:45", "2024-03-05 10:30:45.123", "10:30:45 05/03/2024", "05/03/2024 10:30:45 PM",
        "05/03/2024\n10:30:45", "05/03/2024\n5243.65937", "05/03/2024\r\nFT24065123456"
    })
    void the_fifth_of_march_is_read_in_every_way_banks_write_it(String cell) {
        assertThat(StatementDates.parse(cell)).isEqualTo(FIFTH_OF_MARCH);
    }

    @Test
    void day_first_decides_an_ambiguous_date_as_vietnamese_banks_write_it() {
        assertThat(StatementDates.parse("03/05/2024")).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(StatementDates.parse("12/01/2024")).isEqualTo(LocalDate.of(2024, 1, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "13/13/2024", "05/03/24", "05/03-2024", "2024-3", "Ngày 05/03/2024",
        "05/03/2024 abc", "abc", "0000-01-01", "05/03/0024", "32/01/2024", "2024-02-30"})
    void anything_else_is_an_unreadable_date(String cell) {
        assertThatThrownBy(() -> StatementDates.parse(cell)).isInstanceOf(BadCell.class)
                .extracting(e -> ((BadCell) e).messageKey()).isEqualTo("statements.line.invalid-date");
    }

    @Test
    void a_workbook_date_is_a_serial_day_in_either_date_system_and_the_time_is_dropped() {
        assertThat(StatementDates.fromNumber(new BigDecimal("45356"), false, "")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(StatementDates.fromNumber(new BigDecimal("45356.4375"), false, "")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(StatementDates.fromNumber(new BigDecimal("43894"), true, "")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(StatementDates.fromNumber(new BigDecimal("20240305"), false, "")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(StatementDates.fromNumber(new BigDecimal("1"), false, "")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> StatementDates.fromNumber(new BigDecimal("-3"), false, "-3")).isInstanceOf(BadCell.class);
        assertThatThrownBy(() -> StatementDates.fromNumber(new BigDecimal("20241305"), false, "")).isInstanceOf(BadCell.class);
    }
}
