package org.chungtay.campaigns;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Vietnamese lunisolar calendar (âm lịch), which dates Tết and Mid-Autumn, computed
 * astronomically with Hồ Ngọc Đức's method: a month starts on the local day of a new moon, month 11 is
 * the one containing the winter solstice, and in a year with thirteen months between two such months
 * the first month without a major solar term (trung khí) is the leap month.
 *
 * <p>The local day depends on the time zone, and that is why Vietnam (UTC+7) and China (UTC+8)
 * sometimes celebrate Tết on different days, as in 1985 and 2007. The offset is therefore a parameter;
 * the portal uses {@link #VIETNAM}. The astronomical series used are accurate enough for the lunar
 * years {@value #FIRST_YEAR}–{@value #LAST_YEAR}; other years are refused rather than guessed.
 *
 * <p>Days are counted internally as Julian day numbers, so month lengths are differences of integers.
 */
public final class LunarCalendar {

    /** The calendar of Vietnam, on UTC+7 since 1968 in the North and 1975 in the whole country. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(ZoneOffset.ofHours(7));

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final double SYNODIC_MONTH = 29.530588853;

    /** The Julian date of the mean new moon of early January 1900, from which new moons are counted. */
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private static final long JULIAN_DAY_OF_1970_01_01 = 2440588;

    private static final double DEGREE = Math.PI / 180;

    private final double timeZoneHours;

    LunarCalendar(ZoneOffset offset) {
        this.timeZoneHours = offset.getTotalSeconds() / 3600.0;
    }

    /**
     * The solar date of a lunar day.
     *
     * @throws IllegalArgumentException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR},
     *         the month has no such day (29-day months), or the year has no such leap month
     */
    public LocalDate solarDate(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        requireSupportedYear(lunarYear);
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("No lunar month " + lunarMonth + " day " + lunarDay);
        }
        // Months are counted from the month 11 that opens the span containing the requested month.
        int yearOfMonth11 = lunarMonth < 11 ? lunarYear - 1 : lunarYear;
        int month11 = month11(yearOfMonth11);
        int nextMonth11 = month11(yearOfMonth11 + 1);
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11);
            if (leapMonth && lunarMonth != monthAtOffset(leapOffset - 1)) {
                throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || offset >= leapOffset) {
                offset++;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
        }
        int k = (int) Math.floor(0.5 + (month11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int monthStart = newMoonDay(k + offset);
        int monthLength = newMoonDay(k + offset + 1) - monthStart;
        if (lunarDay > monthLength) {
            throw new IllegalArgumentException("Lunar month " + lunarMonth + " of " + lunarYear
                    + " has only " + monthLength + " days");
        }
        return toLocalDate(monthStart + lunarDay - 1);
    }

    /**
     * The lunar day of a solar date.
     *
     * @throws IllegalArgumentException if the date falls outside the lunar years
     *         {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public LunarDate lunarDate(LocalDate solar) {
        int dayNumber = julianDay(solar);
        int monthStart = monthStartOn(dayNumber);
        int solarYear = solar.getYear();
        int month11;
        int nextMonth11;
        int lunarYear;
        int month11OfSolarYear = month11(solarYear);
        if (month11OfSolarYear >= monthStart) {
            lunarYear = solarYear;
            month11 = month11(solarYear - 1);
            nextMonth11 = month11OfSolarYear;
        } else {
            lunarYear = solarYear + 1;
            month11 = month11OfSolarYear;
            nextMonth11 = month11(solarYear + 1);
        }
        int offset = (monthStart - month11) / 29;
        boolean leap = false;
        int month = monthAtOffset(offset);
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11);
            if (offset >= leapOffset) {
                month = monthAtOffset(offset - 1);
                leap = offset == leapOffset;
            }
        }
        // Months 11 and 12 near the start of the span belong to the lunar year before.
        if (month >= 11 && offset < 4) {
            lunarYear--;
        }
        requireSupportedYear(lunarYear);
        return new LunarDate(lunarYear, month, dayNumber - monthStart + 1, leap);
    }

    /** The first day of the lunar year (Tết Nguyên Đán), 1/1 lunar. */
    public LocalDate tet(int year) {
        return solarDate(year, 1, 1, false);
    }

    /** The Mid-Autumn Festival (Tết Trung thu), 15/8 lunar. */
    public LocalDate midAutumn(int year) {
        return solarDate(year, 8, 15, false);
    }

    private static void requireSupportedYear(int lunarYear) {
        if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " is outside "
                    + FIRST_YEAR + "–" + LAST_YEAR);
        }
    }

    /** The month number at a count of months after month 11, leap months not counted. */
    private static int monthAtOffset(int offset) {
        return (offset + 10) % 12 + 1;
    }

    /**
     * The first day of the lunar month that contains the day. The count of mean months only guesses
     * the new moon: the true one can be more than half a day away, so the guess is corrected.
     */
    private int monthStartOn(int dayNumber) {
        int k = (int) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        return newMoonDay(k);
    }

    /** The day of the new moon that starts month 11, the month that contains the winter solstice. */
    private int month11(int solarYear) {
        int daysSince1900 = julianDay(LocalDate.of(solarYear, 12, 31)) - 2415021;
        int k = (int) Math.floor(daysSince1900 / SYNODIC_MONTH);
        int newMoon = newMoonDay(k);
        // Past 270° the solstice is already behind this new moon, so month 11 began a month earlier.
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /**
     * The number of months after the month 11 on {@code month11Day} at which the leap month falls: the
     * first month in which the sun does not enter a new 30° sector, i.e. that has no major solar term.
     */
    private int leapMonthOffset(int month11Day) {
        int k = (int) Math.floor((month11Day - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunLongitudeSector(newMoonDay(k + i));
        int previousSector;
        do {
            previousSector = sector;
            i++;
            sector = sunLongitudeSector(newMoonDay(k + i));
        } while (sector != previousSector && i < 14);
        return i - 1;
    }

    /**
     * The local day (Julian day number) of the k-th new moon after the one of January 1900, from the
     * series in Jean Meeus' Astronomical Algorithms as used by Hồ Ngọc Đức.
     */
    private int newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double meanNewMoon = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * DEGREE)
                + 0.0021 * Math.sin(2 * DEGREE * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * DEGREE)
                + 0.0161 * Math.sin(DEGREE * 2 * moonAnomaly)
                - 0.0004 * Math.sin(DEGREE * 3 * moonAnomaly)
                + 0.0104 * Math.sin(DEGREE * 2 * moonLatitude)
                - 0.0051 * Math.sin(DEGREE * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(DEGREE * (sunAnomaly - moonAnomaly))
                + 0.0004 * Math.sin(DEGREE * (2 * moonLatitude + sunAnomaly))
                - 0.0004 * Math.sin(DEGREE * (2 * moonLatitude - sunAnomaly))
                - 0.0006 * Math.sin(DEGREE * (2 * moonLatitude + moonAnomaly))
                + 0.0010 * Math.sin(DEGREE * (2 * moonLatitude - moonAnomaly))
                + 0.0005 * Math.sin(DEGREE * (2 * moonAnomaly + sunAnomaly));
        // Terrestrial time runs ahead of universal time by ΔT, which changes over the centuries.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double newMoon = meanNewMoon + correction - deltaT;
        return (int) Math.floor(newMoon + 0.5 + timeZoneHours / 24);
    }

    /** The 30° sector (0–11) of the sun's apparent longitude at the local midnight that starts the day. */
    private int sunLongitudeSector(int julianDay) {
        double t = (julianDay - 2451545.5 - timeZoneHours / 24) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * meanAnomaly)
                + 0.000290 * Math.sin(DEGREE * 3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        longitude = longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    private static int julianDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_1970_01_01);
    }

    private static LocalDate toLocalDate(int julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_1970_01_01);
    }
}
