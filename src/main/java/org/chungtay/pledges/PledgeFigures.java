package org.chungtay.pledges;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.campaigns.CampaignFigures;
import org.chungtay.donors.DonorService;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's live figures from its pledges. Only pledges staff have confirmed count, so a
 * robot or a prank cannot move a public thermometer. Money received comes with the payments module;
 * until then nothing has been received, and the page says so.
 */
@Component
class PledgeFigures implements CampaignFigures {

    private static final String COUNTING = "('CONFIRMED','PARTLY_FULFILLED','FULFILLED')";

    private final JdbcClient jdbc;
    private final DonorService donors;

    PledgeFigures(JdbcClient jdbc, DonorService donors) {
        this.jdbc = jdbc;
        this.donors = donors;
    }

    @Override
    public Figures of(long campaignId) {
        return of(List.of(campaignId)).get(campaignId);
    }

    @Override
    public Map<Long, Figures> of(Collection<Long> campaignIds) {
        Map<Long, Figures> figures = new LinkedHashMap<>();
        campaignIds.forEach(id -> figures.put(id, Figures.ZERO));
        if (campaignIds.isEmpty()) {
            return figures;
        }
        List<Totals> totals = jdbc.sql("SELECT campaign_id, SUM(total) AS pledged, COUNT(DISTINCT donor_id) AS"
                        + " supporters FROM pledge WHERE campaign_id IN (:ids) AND status IN " + COUNTING
                        + " GROUP BY campaign_id")
                .param("ids", campaignIds)
                .query((row, number) -> new Totals(row.getLong("campaign_id"), row.getLong("pledged"),
                        row.getLong("supporters")))
                .list();
        for (Totals total : totals) {
            List<Long> donorIds = jdbc.sql("SELECT DISTINCT donor_id FROM pledge WHERE campaign_id = ?"
                            + " AND donor_id IS NOT NULL AND status IN " + COUNTING)
                    .param(total.campaignId()).query(Long.class).list();
            figures.put(total.campaignId(), new Figures(Money.vnd(total.pledged()), Money.ZERO, total.supporters(),
                    donors.honourRoll(donorIds)));
        }
        return figures;
    }

    private record Totals(long campaignId, long pledged, long supporters) {
    }
}
