package org.chungtay.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public ledger (DD028): what came in and what went out, for a campaign or for a fund unit with its subtree,
 * read from the tables the ledger's engine fills (DD025). Open to everyone, so not scoped by {@code FundScope}:
 * what it shows is public by law, and it shows no more than that: a donor's name only if they agreed, never a
 * reversed gift, only PAID disbursements, described in the ledger's own words (never a child's name).
 *
 * <p>A unit's ledger is the account of the money given to it: gifts to its subtree's pools (DD025), and the
 * disbursements paid out of those pools. So what it holds is exactly what those pools have not paid out, and
 * {@code in − out = held} always. A campaign's ledger is the account of its gifts: money out is what its gifts
 * paid for, as the allocation rule matched them, counted on the day both the gift and the payment existed.
 *
 * <p>Lists are paged in the database: a unit may receive 10^5 gifts a year.
 */
@Service
@Transactional(readOnly = true)
public class PublicLedger {

    private static final int CHUNK = 1_000;

    private static final String GIFT_COLUMNS = "SELECT g.payment_id, g.received_on, g.public_name, g.amount";
    private static final String UNIT_GIFTS = " FROM ledger_gift g JOIN ledger_pool p ON p.id = g.pool_id"
            + " WHERE p.fund_unit_path LIKE :subtree AND g.reversed = FALSE AND g.received_on BETWEEN :from AND :to";
    private static final String CAMPAIGN_GIFTS = " FROM ledger_gift g"
            + " WHERE g.campaign_id = :campaign AND g.reversed = FALSE AND g.received_on BETWEEN :from AND :to";
    private static final String PAYOUT_COLUMNS = "d.id, d.paid_on, d.purpose, d.programme, d.description_vi,"
            + " d.description_en, d.target_label_vi, d.target_label_en, d.public_path";
    private static final String UNIT_PAYOUTS = " FROM disbursement d JOIN ledger_pool p ON p.id = d.pool_id"
            + " WHERE p.fund_unit_path LIKE :subtree AND d.status = 'PAID' AND d.paid_on BETWEEN :from AND :to";
    /** A campaign's gift pays for a disbursement on the later of the two days: before both existed it could not. */
    private static final String CAMPAIGN_PAYOUTS = " FROM allocation a"
            + " JOIN ledger_gift g ON g.payment_id = a.payment_id JOIN disbursement d ON d.id = a.disbursement_id"
            + " WHERE g.campaign_id = :campaign AND g.reversed = FALSE AND d.status = 'PAID'"
            + " AND GREATEST(d.paid_on, g.received_on) BETWEEN :from AND :to";

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final FundUnitSettingsService unitSettings;

    PublicLedger(JdbcClient jdbc, CampaignService campaigns, FundUnitSettingsService unitSettings) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.unitSettings = unitSettings;
    }

    /** The ledger of an active or closed campaign, by its slug. */
    @PreAuthorize("permitAll()")
    public Optional<PublicLedgerSubject> campaign(String slug) {
        return campaigns.findPublic(slug).map(campaign -> new PublicLedgerSubject(PublicLedgerSubject.Kind.CAMPAIGN,
                campaign.id(), campaign.slug(), campaign.nameVi(), campaign.nameEn(), null));
    }

    /** The ledger of a fund unit and its subtree, by the code its receipts carry. */
    @PreAuthorize("permitAll()")
    public Optional<PublicLedgerSubject> unit(String code) {
        return unitSettings.findPublicByCode(code).map(unit -> new PublicLedgerSubject(PublicLedgerSubject.Kind.FUND_UNIT,
                unit.id(), code.toUpperCase(java.util.Locale.ROOT), unit.name(), unit.name(), unit.path()));
    }

    /**
     * The code of the unit whose public ledger holds a campaign's gifts among others: the campaign's unit, or the
     * nearest unit above it that has a code. Empty when none has one yet.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> unitLedgerOf(PublicLedgerSubject campaign) {
        return campaigns.findPledgeTarget(campaign.address())
                .flatMap(target -> unitSettings.nearestSettings(target.fundUnitId()))
                .map(FundUnitSettings::code);
    }

    @PreAuthorize("permitAll()")
    public PublicLedgerTotals totals(PublicLedgerSubject subject, PublicLedgerPeriod period) {
        Money opening = period.isAll() ? Money.ZERO
                : in(subject, PublicLedgerPeriod.ALL.from(), period.dayBefore())
                        .minus(out(subject, PublicLedgerPeriod.ALL.from(), period.dayBefore()));
        return PublicLedgerTotals.of(opening, in(subject, period.from(), period.to()),
                out(subject, period.from(), period.to()));
    }

    /** Money in, newest first. */
    @PreAuthorize("permitAll()")
    public List<PublicLedgerGift> gifts(PublicLedgerSubject subject, PublicLedgerPeriod period, int offset, int limit) {
        return params(subject, period.from(), period.to(), GIFT_COLUMNS + giftsFrom(subject)
                        + " ORDER BY g.received_on DESC, g.payment_id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(PublicLedger::gift).list();
    }

    @PreAuthorize("permitAll()")
    public long countGifts(PublicLedgerSubject subject, PublicLedgerPeriod period) {
        return params(subject, period.from(), period.to(), "SELECT COUNT(*)" + giftsFrom(subject))
                .query(Long.class).single();
    }

    /** Money out, newest first. */
    @PreAuthorize("permitAll()")
    public List<PublicLedgerPayout> payouts(PublicLedgerSubject subject, PublicLedgerPeriod period, int offset,
            int limit) {
        return payoutsQuery(subject, period.from(), period.to(), " ORDER BY d.paid_on DESC, d.id DESC"
                + " LIMIT :limit OFFSET :offset").param("limit", limit).param("offset", offset)
                .query(PublicLedger::payout).list();
    }

    @PreAuthorize("permitAll()")
    public long countPayouts(PublicLedgerSubject subject, PublicLedgerPeriod period) {
        return params(subject, period.from(), period.to(), "SELECT COUNT(DISTINCT d.id)"
                + (subject.isCampaign() ? CAMPAIGN_PAYOUTS : UNIT_PAYOUTS)).query(Long.class).single();
    }

    /**
     * Every gift of the period, oldest first, handed over one at a time for a download that streams: read in
     * chunks by the last key seen, so that neither the database nor the server holds a year of gifts at once.
     */
    @PreAuthorize("permitAll()")
    public void eachGift(PublicLedgerSubject subject, PublicLedgerPeriod period, Consumer<PublicLedgerGift> each) {
        LocalDate lastDay = period.from().minusDays(1);
        long lastId = 0;
        while (true) {
            List<PublicLedgerGift> chunk = params(subject, period.from(), period.to(), GIFT_COLUMNS + giftsFrom(subject)
                            + " AND (g.received_on > :lastDay OR (g.received_on = :lastDay AND g.payment_id > :lastId))"
                            + " ORDER BY g.received_on, g.payment_id LIMIT :limit")
                    .param("lastDay", lastDay).param("lastId", lastId)
                    .param("limit", CHUNK).query(PublicLedger::gift).list();
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            lastDay = chunk.getLast().receivedOn();
            lastId = chunk.getLast().order();
        }
    }

    /** Every payout of the period, oldest first, in chunks as {@link #eachGift}. */
    @PreAuthorize("permitAll()")
    public void eachPayout(PublicLedgerSubject subject, PublicLedgerPeriod period, Consumer<PublicLedgerPayout> each) {
        int offset = 0;
        while (true) {
            // Disbursements are few beside gifts (hundreds a year): plain offsets are enough here.
            List<PublicLedgerPayout> chunk = payoutsQuery(subject, period.from(), period.to(),
                    " ORDER BY d.paid_on, d.id LIMIT :limit OFFSET :offset")
                    .param("limit", CHUNK).param("offset", offset).query(PublicLedger::payout).list();
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            offset += CHUNK;
        }
    }

    // ---------------------------------------------------------------- inside

    Money in(PublicLedgerSubject subject, LocalDate from, LocalDate to) {
        return Money.vnd(params(subject, from, to, "SELECT COALESCE(SUM(g.amount), 0)" + giftsFrom(subject))
                .query(Long.class).single());
    }

    Money out(PublicLedgerSubject subject, LocalDate from, LocalDate to) {
        String sum = subject.isCampaign() ? "SELECT COALESCE(SUM(a.amount), 0)" + CAMPAIGN_PAYOUTS
                : "SELECT COALESCE(SUM(d.amount), 0)" + UNIT_PAYOUTS;
        return Money.vnd(params(subject, from, to, sum).query(Long.class).single());
    }

    private static String giftsFrom(PublicLedgerSubject subject) {
        return subject.isCampaign() ? CAMPAIGN_GIFTS : UNIT_GIFTS;
    }

    private JdbcClient.StatementSpec payoutsQuery(PublicLedgerSubject subject, LocalDate from, LocalDate to,
            String order) {
        String sql = subject.isCampaign()
                ? "SELECT " + PAYOUT_COLUMNS + ", SUM(a.amount) AS amount" + CAMPAIGN_PAYOUTS + " GROUP BY "
                        + PAYOUT_COLUMNS + order
                : "SELECT " + PAYOUT_COLUMNS + ", d.amount" + UNIT_PAYOUTS + order;
        return params(subject, from, to, sql);
    }

    private JdbcClient.StatementSpec params(PublicLedgerSubject subject, LocalDate from, LocalDate to, String sql) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", from).param("to", to);
        return subject.isCampaign() ? statement.param("campaign", subject.id())
                : statement.param("subtree", subject.path() + "%");
    }

    private static PublicLedgerGift gift(ResultSet row, int number) throws SQLException {
        return new PublicLedgerGift(row.getObject("received_on", LocalDate.class),
                Optional.ofNullable(row.getString("public_name")).filter(name -> !name.isBlank()),
                Money.vnd(row.getLong("amount")), row.getLong("payment_id"));
    }

    /** A payout as the public reads it: a child's line only by the child's pseudonym ({@link DisbursementWords}). */
    private static PublicLedgerPayout payout(ResultSet row, int number) throws SQLException {
        String programme = row.getString("programme");
        Purpose purpose = Purpose.valueOf(row.getString("purpose"));
        return new PublicLedgerPayout(row.getObject("paid_on", LocalDate.class), purpose,
                programme == null ? null : Programme.valueOf(programme),
                DisbursementWords.shown(purpose, row.getString("target_label_vi"), row.getString("description_vi")),
                DisbursementWords.shown(purpose, row.getString("target_label_en"), row.getString("description_en")),
                row.getString("public_path"), Money.vnd(row.getLong("amount")), row.getLong("id"));
    }
}
