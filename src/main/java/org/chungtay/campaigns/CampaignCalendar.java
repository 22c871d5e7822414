package org.chungtay.campaigns;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.chungtay.shared.VietnamTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * When each yearly campaign runs, computed for any year 1900–2100 with the Vietnamese lunar calendar
 * ({@link LunarCalendar#VIETNAM}, UTC+7). The windows, first and last day included:
 * <ul>
 * <li>Month of Action for Children: 1–30 June, as the government fixes it;</li>
 * <li>Children's Day: {@code childrens-day-days-before} days before 1 June through
 *     {@code childrens-day-days-after} days after it (default 14 and 0: 18 May–1 June). Gifts are handed
 *     out on 1 June itself, and from then on the Month of Action collects;</li>
 * <li>Tết: the {@code tet-days} days up to and including the eve, the last day of the lunar year
 *     (default 45: mid-December to the eve). Money and gifts must reach families before Tết, and little
 *     is given during the holiday;</li>
 * <li>Mid-Autumn: the {@code mid-autumn-days} days up to and including the 15th day of the 8th lunar
 *     month (default 30), the day of the lantern parties where gifts are handed out.</li>
 * </ul>
 * Emergency appeals and other campaigns have no occasion.
 */
@Component
public class CampaignCalendar {

    /** Business days of the portal are days in Vietnam. */

    private final Settings settings;
    private final LunarCalendar lunar = LunarCalendar.VIETNAM;

    CampaignCalendar(Settings settings) {
        this.settings = settings;
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return VietnamTime.today();
    }

    /**
     * The window of a yearly kind's occasion in a year; empty for kinds without an occasion and for
     * years outside the lunar calendar's range.
     */
    public Optional<OccasionWindow> window(CampaignKind kind, int year) {
        if (!kind.isYearly() || year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            return Optional.empty();
        }
        LocalDate childrensDay = LocalDate.of(year, 6, 1);
        return Optional.of(switch (kind) {
            case MONTH_OF_ACTION -> new OccasionWindow(kind, year, childrensDay,
                    childrensDay.with(TemporalAdjusters.lastDayOfMonth()));
            case CHILDRENS_DAY -> new OccasionWindow(kind, year,
                    childrensDay.minusDays(settings.childrensDayDaysBefore()),
                    childrensDay.plusDays(settings.childrensDayDaysAfter()));
            case TET -> {
                LocalDate eve = lunar.tet(year).minusDays(1);
                yield new OccasionWindow(kind, year, eve.minusDays(settings.tetDays() - 1L), eve);
            }
            case MID_AUTUMN -> {
                LocalDate festival = lunar.midAutumn(year);
                yield new OccasionWindow(kind, year, festival.minusDays(settings.midAutumnDays() - 1L), festival);
            }
            default -> throw new IllegalStateException("No occasion for " + kind);
        });
    }

    /**
     * The occasion a campaign starting on a day belongs to: the first whose window has not ended by
     * then. A Tết campaign starting on 20 December 2026 belongs to Tết 2027. Empty for kinds without an
     * occasion or beyond the calendar.
     */
    public Optional<OccasionWindow> occasionOf(CampaignKind kind, LocalDate start) {
        if (start == null) {
            return Optional.empty();
        }
        for (int year = start.getYear(); year <= start.getYear() + 1; year++) {
            Optional<OccasionWindow> window = window(kind, year);
            if (window.isPresent() && !window.get().end().isBefore(start)) {
                return window;
            }
        }
        return Optional.empty();
    }

    /** How many days before an occasion's window opens its draft is prepared. */
    public int prepareDaysAhead() {
        return settings.prepareDaysAhead();
    }

    /**
     * The windows of the campaign calendar, from {@code chungtay.calendar.*} (environment variables in
     * application.properties).
     *
     * @param tetDays                  length of the Tết window, ending on the eve of Tết
     * @param midAutumnDays            length of the Mid-Autumn window, ending on the 15th of the 8th lunar month
     * @param childrensDayDaysBefore   days the Children's Day window opens before 1 June
     * @param childrensDayDaysAfter    days the Children's Day window stays open after 1 June
     * @param prepareDaysAhead         days before a window opens that the calendar job prepares its draft
     * @param datesCron                when the job that opens and closes campaigns runs (Quartz cron, Vietnam time)
     * @param prepareCron              when the job that prepares yearly drafts runs (Quartz cron, Vietnam time)
     */
    @Validated
    @ConfigurationProperties("chungtay.calendar")
    public record Settings(
            @DefaultValue("45") @Min(1) @Max(120) int tetDays,
            @DefaultValue("30") @Min(1) @Max(90) int midAutumnDays,
            @DefaultValue("14") @Min(0) @Max(60) int childrensDayDaysBefore,
            @DefaultValue("0") @Min(0) @Max(29) int childrensDayDaysAfter,
            @DefaultValue("90") @Min(1) @Max(300) int prepareDaysAhead,
            @DefaultValue("0 5 0 * * ?") @NotBlank String datesCron,
            @DefaultValue("0 15 0 * * ?") @NotBlank String prepareCron) {
    }
}
