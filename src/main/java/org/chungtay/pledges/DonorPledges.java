package org.chungtay.pledges;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.Money;
import org.chungtay.shared.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in donor's own pledges, for the donor portal (issue 10). The donor is always the one signed in, never
 * a parameter; a pledge of anyone else answers exactly as one that does not exist. A pledge belongs to the donor
 * record it names: staff merging two records move the merged one's pledges to the survivor ({@link DonorMerges}),
 * and a merged-away record signs nobody in.
 */
@Service
@Transactional(readOnly = true)
public class DonorPledges {

    private final JdbcClient jdbc;
    private final PledgeRepository pledges;
    private final CampaignService campaigns;
    private final PledgeLetters letters;

    DonorPledges(JdbcClient jdbc, PledgeRepository pledges, CampaignService campaigns, PledgeLetters letters) {
        this.jdbc = jdbc;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.letters = letters;
    }

    /**
     * A page of the donor's pledges, newest first, with their instalments counted in the database: paid when the
     * pledge's payments cover it and the ones before it (payments settle instalments in due order), overdue when
     * not paid and due before today.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<DonorPledge> myPledges(int offset, int limit) {
        long donor = DonorPrincipal.requireDonorId();
        Map<Long, PledgeTarget> targets = new HashMap<>();
        return jdbc.sql("""
                SELECT p.reference, p.campaign_id, p.kind, p.total, p.paid, p.status, p.created_at,
                  (SELECT COUNT(*) FROM pledge_instalment i WHERE i.pledge_id = p.id) AS instalments,
                  (SELECT COUNT(*) FROM pledge_instalment i WHERE i.pledge_id = p.id
                     AND (SELECT SUM(j.amount) FROM pledge_instalment j
                          WHERE j.pledge_id = i.pledge_id AND j.seq <= i.seq) <= p.paid) AS paid_instalments,
                  (SELECT COUNT(*) FROM pledge_instalment i WHERE i.pledge_id = p.id AND i.due_date < :today
                     AND (SELECT SUM(j.amount) FROM pledge_instalment j
                          WHERE j.pledge_id = i.pledge_id AND j.seq <= i.seq) > p.paid) AS overdue_instalments
                FROM pledge p WHERE p.donor_id = :donor
                ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset""")
                .param("donor", donor).param("today", VietnamTime.today())
                .param("limit", Math.max(0, limit)).param("offset", Math.max(0, offset))
                .query((row, number) -> {
                    PledgeTarget campaign = targets.computeIfAbsent(row.getLong("campaign_id"),
                            id -> campaigns.findPledgeTargetById(id).orElseThrow());
                    PledgeStatus status = PledgeStatus.valueOf(row.getString("status"));
                    return new DonorPledge(row.getString("reference"), campaign.nameVi(), campaign.nameEn(),
                            PledgeKind.valueOf(row.getString("kind")), Money.vnd(row.getLong("total")),
                            Money.vnd(row.getLong("paid")), status,
                            // Hibernate writes instants as UTC wall time (hibernate.jdbc.time_zone).
                            row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            row.getInt("instalments"), row.getInt("paid_instalments"),
                            // A cancelled or lapsed pledge expects nothing any more, so nothing of it is late.
                            status.isOpen() ? row.getInt("overdue_instalments") : 0);
                })
                .list();
    }

    /** How many pledges the donor has. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public long countMyPledges() {
        return jdbc.sql("SELECT COUNT(*) FROM pledge WHERE donor_id = :donor")
                .param("donor", DonorPrincipal.requireDonorId()).query(Long.class).single();
    }

    /**
     * The donor's pledge with this reference code: its confirmation, each instalment paid, partly paid, overdue or
     * due, and for an open pledge paid by transfer what to transfer now with its VietQR code. Empty when no pledge
     * has the reference or it is not the donor's.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Optional<DonorPledgeDetails> myPledge(String reference) {
        long donor = DonorPrincipal.requireDonorId();
        if (!ReferenceCode.isWellFormed(reference)) {
            return Optional.empty();
        }
        return pledges.findByReference(reference)
                .filter(pledge -> pledge.donorId() != null && pledge.donorId() == donor)
                .map(this::details);
    }

    private DonorPledgeDetails details(Pledge pledge) {
        PledgeTarget campaign = campaigns.findPledgeTargetById(pledge.campaignId()).orElseThrow();
        PledgeConfirmation confirmation = letters.confirmation(pledge, campaign);
        List<InstalmentState> instalments = pledge.instalmentStates(VietnamTime.today());
        Money due = pledge.status().isOpen() && confirmation.paidByTransfer()
                ? AmountDue.of(instalments).orElse(null) : null;
        String payload = due == null ? null : VietQr.payload(campaign.account().bankBin(),
                campaign.account().accountNumber(), due, pledge.reference());
        return new DonorPledgeDetails(confirmation, pledge.paid(), instalments, due, payload);
    }
}
