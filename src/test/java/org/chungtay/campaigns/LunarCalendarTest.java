package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;
    private final LunarCalendar china = new LunarCalendar(ZoneOffset.ofHours(8));

    @ParameterizedTest(name = "Tết {0} is on {1}")
    @CsvSource(textBlock = """
            1900, 1900-01-31
            1975, 1975-02-11
            2000, 2000-02-05
            2020, 2020-01-25
            2021, 2021-02-12
            2022, 2022-02-01
            2023, 2023-01-22
            2024, 2024-02-10
            2025, 2025-01-29
            2026, 2026-02-17
            2027, 2027-02-06
            2028, 2028-01-26
            """)
    void tet_falls_on_the_known_dates(int year, LocalDate tet) {
        assertThat(vietnam.tet(year)).isEqualTo(tet);
        assertThat(vietnam.lunarDate(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @ParameterizedTest(name = "Mid-Autumn {0} is on {1}")
    @CsvSource(textBlock = """
            2023, 2023-09-29
            2024, 2024-09-17
            2025, 2025-10-06
            2026, 2026-09-25
            """)
    void mid_autumn_falls_on_the_known_dates(int year, LocalDate midAutumn) {
        assertThat(vietnam.midAutumn(year)).isEqualTo(midAutumn);
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource(textBlock = """
            1968, 1968-01-29, 1968-01-30
            1985, 1985-01-21, 1985-02-20
            2007, 2007-02-17, 2007-02-18
            2030, 2030-02-02, 2030-02-03
            """)
    void tet_in_vietnam_and_china_differs_when_a_new_moon_falls_between_their_midnights(
            int year, LocalDate inVietnam, LocalDate inChina) {
        assertThat(vietnam.tet(year)).isEqualTo(inVietnam);
        assertThat(china.tet(year)).isEqualTo(inChina);
    }

    @Test
    void in_1985_the_time_zone_moved_a_whole_month_because_month_11_began_on_different_days() {
        assertThat(vietnam.lunarDate(LocalDate.of(1985, 1, 21))).isEqualTo(new LunarDate(1985, 1, 1, false));
        assertThat(china.lunarDate(LocalDate.of(1985, 1, 21))).isEqualTo(new LunarDate(1984, 12, 1, false));
    }

    @ParameterizedTest(name = "lunar year {0} has leap month {1}")
    @CsvSource(textBlock = """
            2012, 4
            2014, 9
            2017, 6
            2020, 4
            2023, 2
            2025, 6
            """)
    void the_leap_month_follows_the_regular_month_of_the_same_number(int year, int leapMonth) {
        LocalDate regular = vietnam.solarDate(year, leapMonth, 1, false);
        LocalDate leap = vietnam.solarDate(year, leapMonth, 1, true);

        assertThat(leap).isIn(regular.plusDays(29), regular.plusDays(30));
        assertThat(vietnam.lunarDate(leap)).isEqualTo(new LunarDate(year, leapMonth, 1, true));
        assertThat(vietnam.lunarDate(leap.minusDays(1)).month()).isEqualTo(leapMonth);
        assertThat(vietnam.lunarDate(leap.minusDays(1)).leap()).isFalse();
    }

    @Test
    void the_leap_sixth_month_of_2025_starts_on_25_july() {
        assertThat(vietnam.solarDate(2025, 6, 1, false)).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(vietnam.solarDate(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(vietnam.solarDate(2025, 7, 1, false)).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void a_leap_eleventh_month_belongs_to_the_lunar_year_it_follows() {
        LocalDate leapEleventh = vietnam.solarDate(2033, 11, 1, true);

        assertThat(leapEleventh).isAfter(vietnam.solarDate(2033, 11, 1, false));
        assertThat(leapEleventh).isBefore(vietnam.tet(2034));
        assertThat(vietnam.lunarDate(leapEleventh)).isEqualTo(new LunarDate(2033, 11, 1, true));
    }

    @Test
    void a_year_without_a_leap_month_of_that_number_refuses_it() {
        assertThatThrownBy(() -> vietnam.solarDate(2025, 5, 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vietnam.solarDate(2024, 6, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_year_2025_has_no_thirtieth_day_of_the_twelfth_month_before_tet() {
        assertThat(vietnam.solarDate(2024, 12, 29, false)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThatThrownBy(() -> vietnam.solarDate(2024, 12, 30, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("29 days");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 0, 1
            2024, 13, 1
            2024, 1, 0
            2024, 1, 31
            1899, 1, 1
            2101, 1, 1
            """)
    void impossible_or_unsupported_lunar_dates_are_refused(int year, int month, int day) {
        assertThatThrownBy(() -> vietnam.solarDate(year, month, day, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-30", "1899-06-01", "2101-02-01"})
    void solar_dates_outside_the_supported_lunar_years_are_refused(LocalDate solar) {
        assertThatThrownBy(() -> vietnam.lunarDate(solar)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "every day of {0}")
    @ValueSource(ints = {1900, 1968, 1985, 2007, 2024, 2025, 2026, 2033, 2100})
    void every_day_of_a_year_converts_to_lunar_and_back(int year) {
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.isBefore(vietnam.tet(LunarCalendar.FIRST_YEAR))) {
                continue;
            }
            LunarDate lunar = vietnam.lunarDate(day);
            assertThat(vietnam.solarDate(lunar.year(), lunar.month(), lunar.day(), lunar.leap()))
                    .as("%s → %s", day, lunar)
                    .isEqualTo(day);
        }
    }

    @Test
    void from_1900_to_2100_each_day_follows_the_one_before_in_months_of_29_or_30_days() {
        LocalDate day = vietnam.tet(LunarCalendar.FIRST_YEAR);
        LunarDate previous = vietnam.lunarDate(day);
        assertThat(previous).isEqualTo(new LunarDate(1900, 1, 1, false));
        int leapMonths = 0;
        for (day = day.plusDays(1); day.getYear() <= LunarCalendar.LAST_YEAR; day = day.plusDays(1)) {
            LunarDate current = vietnam.lunarDate(day);
            if (current.day() == 1) {
                assertThat(previous.day()).as("last day before %s", day).isIn(29, 30);
                assertThat(current).as("month after %s", previous).isEqualTo(nextMonthStart(previous, current.leap()));
                leapMonths += current.leap() ? 1 : 0;
            } else {
                LunarDate nextDay = new LunarDate(previous.year(), previous.month(), previous.day() + 1, previous.leap());
                assertThat(current).as("day after %s", previous).isEqualTo(nextDay);
            }
            previous = current;
        }
        // Seven leap months in every nineteen years (the Metonic cycle) over two centuries.
        assertThat(leapMonths).isBetween(73, 75);
    }

    private static LunarDate nextMonthStart(LunarDate previous, boolean leap) {
        if (leap) {
            return new LunarDate(previous.year(), previous.month(), 1, true);
        }
        return previous.month() == 12
                ? new LunarDate(previous.year() + 1, 1, 1, false)
                : new LunarDate(previous.year(), previous.month() + 1, 1, false);
    }

    @Test
    void the_calendar_of_china_shows_the_time_zone_is_a_real_parameter() {
        int differentTets = 0;
        for (int year = LunarCalendar.FIRST_YEAR; year <= LunarCalendar.LAST_YEAR; year++) {
            if (!vietnam.tet(year).equals(china.tet(year))) {
                differentTets++;
                assertThat(vietnam.tet(year)).as("Tết %d", year).isBefore(china.tet(year));
            }
        }
        assertThat(differentTets).isBetween(5, 20);
    }
}
