package org.chungtay.pledges;

import java.util.Locale;

/** How often a pledge is paid. */
public enum InstalmentFrequency {
    ONE_OFF(0), MONTHLY(1), QUARTERLY(3);

    private final int monthsBetween;

    InstalmentFrequency(int monthsBetween) {
        this.monthsBetween = monthsBetween;
    }

    int monthsBetween() {
        return monthsBetween;
    }

    public String labelKey() {
        return "pledges.frequency." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
