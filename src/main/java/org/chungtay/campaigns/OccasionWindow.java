package org.chungtay.campaigns;

import java.time.LocalDate;

/**
 * The days a yearly campaign runs on for one occasion, first and last included.
 *
 * @param kind  one of the yearly kinds
 * @param year  the occasion: the year of the Tết, of the Month of Action…
 * @param start the first day
 * @param end   the last day
 */
public record OccasionWindow(CampaignKind kind, int year, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
