package org.chungtay.campaigns;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.shared.Money;

/**
 * The live figures of a campaign, which the campaigns module does not know: what donors pledged, what
 * the fund received, how many supporters there are, and the organisations that agreed to be named.
 *
 * <p>The module that records pledges and payments provides them by declaring a bean that implements this
 * interface; nothing else needs to change. Until such a bean exists, {@link #NONE} is used: every
 * campaign shows zero, which is the truth while no pledge can be recorded, and the honour roll is empty.
 * There must be at most one such bean.
 */
@FunctionalInterface
public interface CampaignFigures {

    /** No figures yet: zero pledged, zero received, no supporters, nobody named. */
    CampaignFigures NONE = campaignId -> Figures.ZERO;

    Figures of(long campaignId);

    /** Figures of many campaigns at once, for lists; implementations may answer with one query. */
    default Map<Long, Figures> of(Collection<Long> campaignIds) {
        Map<Long, Figures> figures = new LinkedHashMap<>();
        campaignIds.forEach(id -> figures.put(id, of(id)));
        return figures;
    }

    /**
     * @param pledged    the sum of the campaign's pledges that are neither cancelled nor lapsed
     * @param received   the sum of the payments booked to the campaign
     * @param supporters the number of organisations and people who pledged or gave
     * @param honourRoll names of organisations that agreed to be named publicly, in the order to show
     */
    record Figures(Money pledged, Money received, long supporters, List<String> honourRoll) {

        public static final Figures ZERO = new Figures(Money.ZERO, Money.ZERO, 0, List.of());

        public Figures {
            honourRoll = List.copyOf(honourRoll);
        }
    }
}
