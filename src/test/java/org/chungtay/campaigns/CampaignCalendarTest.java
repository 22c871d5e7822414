package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CampaignCalendarTest {

    private final CampaignCalendar calendar = calendar(45, 30, 14, 0);

    @ParameterizedTest(name = "Tết {0}: {1} to the eve, {2}")
    @CsvSource(textBlock = """
            2025, 2024-12-15, 2025-01-28
            2026, 2026-01-03, 2026-02-16
            2027, 2026-12-23, 2027-02-05
            2028, 2027-12-12, 2028-01-25
            2030, 2029-12-19, 2030-02-01
            """)
    void theTetWindowIsTheFortyFiveDaysUpToTheEveOfTet(int year, LocalDate start, LocalDate end) {
        OccasionWindow window = calendar.window(CampaignKind.TET, year).orElseThrow();

        assertThat(window.start()).isEqualTo(start);
        assertThat(window.end()).isEqualTo(end);
        assertThat(window.end().plusDays(1)).isEqualTo(LunarCalendar.VIETNAM.tet(year));
        assertThat(CampaignRules.days(window.start(), window.end())).isEqualTo(45);
    }

    @Test
    void tetOf2027AndOf2028FallOnTheSixthOfFebruaryAndTheTwentySixthOfJanuary() {
        assertThat(LunarCalendar.VIETNAM.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarCalendar.VIETNAM.tet(2028)).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(calendar.window(CampaignKind.TET, 2027).orElseThrow().end()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(calendar.window(CampaignKind.TET, 2028).orElseThrow().end()).isEqualTo(LocalDate.of(2028, 1, 25));
    }

    @ParameterizedTest(name = "Mid-Autumn {0}: {1} to {2}")
    @CsvSource(textBlock = """
            2024, 2024-08-19, 2024-09-17
            2025, 2025-09-07, 2025-10-06
            2026, 2026-08-27, 2026-09-25
            """)
    void theMidAutumnWindowIsTheThirtyDaysUpToTheFifteenthOfTheEighthLunarMonth(int year, LocalDate start,
            LocalDate end) {
        OccasionWindow window = calendar.window(CampaignKind.MID_AUTUMN, year).orElseThrow();

        assertThat(window.start()).isEqualTo(start);
        assertThat(window.end()).isEqualTo(end);
        assertThat(LunarCalendar.VIETNAM.lunarDate(end)).isEqualTo(new LunarDate(year, 8, 15, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026
            2027
            2100
            """)
    void theMonthOfActionIsJuneAndChildrensDayTheTwoWeeksUpToTheFirstOfJune(int year) {
        assertThat(calendar.window(CampaignKind.MONTH_OF_ACTION, year)).contains(new OccasionWindow(
                CampaignKind.MONTH_OF_ACTION, year, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30)));
        assertThat(calendar.window(CampaignKind.CHILDRENS_DAY, year)).contains(new OccasionWindow(
                CampaignKind.CHILDRENS_DAY, year, LocalDate.of(year, 5, 18), LocalDate.of(year, 6, 1)));
    }

    @Test
    void theWindowLengthsAreSettings() {
        CampaignCalendar other = calendar(30, 21, 7, 4);

        assertThat(other.window(CampaignKind.TET, 2027).orElseThrow().start()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(other.window(CampaignKind.MID_AUTUMN, 2026).orElseThrow().start()).isEqualTo(LocalDate.of(2026, 9, 5));
        OccasionWindow childrensDay = other.window(CampaignKind.CHILDRENS_DAY, 2027).orElseThrow();
        assertThat(childrensDay.start()).isEqualTo(LocalDate.of(2027, 5, 25));
        assertThat(childrensDay.end()).isEqualTo(LocalDate.of(2027, 6, 5));
    }

    @ParameterizedTest(name = "a Tết campaign starting on {0} is for Tết {1}")
    @CsvSource(textBlock = """
            2026-12-20, 2027
            2027-01-10, 2027
            2027-02-05, 2027
            2027-02-06, 2028
            2027-12-12, 2028
            """)
    void aCampaignBelongsToTheFirstOccasionWhoseWindowHasNotEndedWhenItStarts(LocalDate start, int year) {
        assertThat(calendar.occasionOf(CampaignKind.TET, start)).map(OccasionWindow::year).contains(year);
    }

    @Test
    void theOccasionOfOtherKindsIsTheYearOfTheirWindow() {
        assertThat(calendar.occasionOf(CampaignKind.MONTH_OF_ACTION, LocalDate.of(2026, 11, 28)))
                .map(OccasionWindow::year).contains(2027);
        assertThat(calendar.occasionOf(CampaignKind.MID_AUTUMN, LocalDate.of(2026, 8, 27)))
                .map(OccasionWindow::year).contains(2026);
        assertThat(calendar.occasionOf(CampaignKind.CHILDRENS_DAY, LocalDate.of(2026, 6, 2)))
                .map(OccasionWindow::year).contains(2027);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignKind.class, names = {"EMERGENCY_APPEAL", "OTHER"})
    void emergencyAppealsAndOtherCampaignsHaveNoOccasion(CampaignKind kind) {
        assertThat(calendar.window(kind, 2027)).isEmpty();
        assertThat(calendar.occasionOf(kind, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theCalendarReachesFrom1900To2100() {
        assertThat(calendar.window(CampaignKind.TET, 1900)).isPresent();
        assertThat(calendar.window(CampaignKind.TET, 2100)).isPresent();
        assertThat(calendar.window(CampaignKind.TET, 2101)).isEmpty();
        assertThat(calendar.window(CampaignKind.MID_AUTUMN, 1899)).isEmpty();
        assertThat(calendar.occasionOf(CampaignKind.TET, LocalDate.of(2100, 12, 20))).isEmpty();
    }

    static CampaignCalendar calendar(int tetDays, int midAutumnDays, int childrensDayBefore, int childrensDayAfter) {
        return new CampaignCalendar(new CampaignCalendar.Settings(tetDays, midAutumnDays, childrensDayBefore,
                childrensDayAfter, 90, "0 5 0 * * ?", "0 15 0 * * ?"));
    }
}
