package org.chungtay.pledges;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chungtay.campaigns.CampaignFigures;
import org.chungtay.donors.DonorService;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's live figures from its pledges. Only pledges staff have confirmed count, so a
 * robot or a prank cannot move a public thermometer. Money received is what the payments module
 * recorded for the campaign, gifts without a pledge included and reversed payments left out.
 */
@Component
class PledgeFigures implements CampaignFigures {

    /** The statuses that count, as PledgeStatus decides; the queries take them as a parameter. */
    private static final List<String> COUNTING = Arrays.stream(PledgeStatus.values()).filter(PledgeStatus::counts)
            .map(PledgeStatus::name).toList();

    private final JdbcClient jdbc;
    private final DonorService donors;
    private final PaymentService payments;

    PledgeFigures(JdbcClient jdbc, DonorService donors, PaymentService payments) {
        this.jdbc = jdbc;
        this.donors = donors;
        this.payments = payments;
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
                        + " supporters FROM pledge WHERE campaign_id IN (:ids) AND status IN (:counting)"
                        + " GROUP BY campaign_id")
                .param("ids", campaignIds)
                .param("counting", COUNTING)
                .query((row, number) -> new Totals(row.getLong("campaign_id"), row.getLong("pledged"),
                        row.getLong("supporters")))
                .list();
        for (Totals total : totals) {
            figures.put(total.campaignId(), new Figures(Money.vnd(total.pledged()), Money.ZERO, total.supporters(),
                    donors.honourRoll(namedDonors(total.campaignId()))));
        }
        payments.received(campaignIds).forEach((id, received) -> figures.computeIfPresent(id,
                (ignored, pledged) -> new Figures(pledged.pledged(), received, pledged.supporters(), pledged.honourRoll())));
        return figures;
    }

    /**
     * The donors a campaign may thank by name. A pledge that named an existing donor (its tax code
     * typed by anyone) counts in the figures once staff confirmed the pledge, but puts that donor's
     * name on the public honour roll only once staff confirmed the claim too.
     */
    private List<Long> namedDonors(long campaignId) {
        List<Named> named = jdbc.sql("SELECT DISTINCT donor_id, donor_claim_id FROM pledge WHERE campaign_id = :id"
                        + " AND donor_id IS NOT NULL AND status IN (:counting)")
                .param("id", campaignId)
                .param("counting", COUNTING)
                .query((row, number) -> new Named(row.getLong("donor_id"), row.getObject("donor_claim_id", Long.class)))
                .list();
        Set<Long> confirmedClaims = donors.confirmedClaims(named.stream().map(Named::claimId)
                .filter(Objects::nonNull).toList());
        return named.stream()
                .filter(pledge -> pledge.claimId() == null || confirmedClaims.contains(pledge.claimId()))
                .map(Named::donorId)
                .distinct()
                .toList();
    }

    private record Named(long donorId, Long claimId) {
    }

    private record Totals(long campaignId, long pledged, long supporters) {
    }
}
