package org.chungtay.campaigns;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year  the lunar year, named by the solar year in which most of it falls (Tết 2025 opens 2025)
 * @param month 1–12
 * @param day   1–30
 * @param leap  whether the month is the leap month (tháng nhuận) that follows the regular month of the
 *              same number
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar month " + month + " day " + day);
        }
    }
}
