package org.chungtay.campaigns;

import java.math.BigInteger;

import org.chungtay.shared.Money;

/**
 * How far a campaign is towards its goal, for the thermometer: whole percents and tenths of a percent
 * computed with integer arithmetic, rounded down, never above 100 (a campaign may collect more than its
 * goal; the bar is then full and the figures say by how much).
 */
public record CampaignProgress(Money goal, Money pledged, Money received) {

    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    public int pledgedPercent() {
        return (int) (perMille(pledged) / 10);
    }

    public int receivedPercent() {
        return (int) (perMille(received) / 10);
    }

    /** Tenths of a percent of the goal pledged, 0–1000, for the width of the bar. */
    public int pledgedPerMille() {
        return (int) perMille(pledged);
    }

    public int receivedPerMille() {
        return (int) perMille(received);
    }

    /** {@code part * 1000 / goal} in exact integers, whatever the size of the amounts. */
    private long perMille(Money part) {
        if (goal == null || !goal.isPositive() || part == null || !part.isPositive()) {
            return 0;
        }
        if (part.compareTo(goal) >= 0) {
            return 1000;
        }
        return BigInteger.valueOf(part.amount()).multiply(THOUSAND).divide(BigInteger.valueOf(goal.amount()))
                .longValue();
    }
}
