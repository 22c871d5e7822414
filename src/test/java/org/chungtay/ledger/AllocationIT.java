package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allocation rule (DD025) on the real database: oldest gifts first, designated gifts only to their purpose,
 * and the three invariants after any sequence of gifts, disbursements and reversals.
 */
class AllocationIT extends IntegrationTest {

    @Autowired
    DisbursementService disbursements;

    @Autowired
    GiftFeed feed;

    @Autowired
    GiftBackfill backfill;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(context);
    }

    @Test
    void aDisbursementIsCoveredByTheOldestGiftsFirstAndALaterGiftCoversWhatAReversalUncovered() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kao");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Trần Thị Sổ Sách");
        LocalDate today = CampaignCalendar.today();
        long newer = as(accountant, () -> fixtures.give(campaign, 3_000_000, today.minusDays(1)));
        long older = as(accountant, () -> fixtures.give(campaign, 2_000_000, today.minusDays(5)));

        DisbursementSummary paid = as(accountant, () -> general(4_000_000, "Sách vở cho trẻ em xã Ea Kao"));

        assertThat(paid.status()).isEqualTo(DisbursementStatus.PAID);
        assertThat(allocated(older, paid.id())).isEqualTo(2_000_000);
        assertThat(allocated(newer, paid.id())).isEqualTo(2_000_000);
        assertThat(disbursed(paid.id())).isEqualTo(4_000_000);

        as(accountant, () -> fixtures.reverse(older));
        assertThat(allocated(older, paid.id())).isZero();
        assertThat(allocated(newer, paid.id())).isEqualTo(3_000_000);
        assertThat(disbursed(paid.id())).isEqualTo(3_000_000);

        long latest = as(accountant, () -> fixtures.give(campaign, 5_000_000, today));
        assertThat(allocated(latest, paid.id())).isEqualTo(1_000_000);
        assertThat(disbursed(paid.id())).isEqualTo(4_000_000);
        assertInvariants(unit);
    }

    @Test
    void aDesignatedGiftPaysOnlyItsProjectAndAnUndesignatedOneOnlyTheGeneralFund() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lò Văn Kế");
        var project = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES, unique("Lớp học Ea Súp"),
                50_000_000);
        var pledge = fixtures.pledge(campaign, 6_000_000, project.id(), "Công ty Cà phê Ea Súp", true);
        DisbursementTarget line = fixtures.funded(project);
        long designated = as(accountant, () -> fixtures.pay(pledge, 6_000_000, CampaignCalendar.today()));
        long general = as(accountant, () -> fixtures.give(campaign, 9_000_000, CampaignCalendar.today()));

        List<Pool> offered = as(accountant, () -> disbursements.pools(Purpose.PROJECT, line.id()));
        Pool projectPool = offered.stream().filter(p -> p.kind() == Pool.Kind.PROJECT).findFirst().orElseThrow();
        assertThat(projectPool.available()).isEqualTo(Money.vnd(6_000_000));
        assertThat(offered).extracting(Pool::kind).contains(Pool.Kind.GENERAL);

        DisbursementSummary fromProject = as(accountant, () -> disbursements.request(new DisbursementEntry(
                Purpose.PROJECT, line.id(), projectPool.id(), Money.vnd(5_000_000), CampaignCalendar.today(),
                "Mái tôn", List.of())));

        assertThat(allocated(designated, fromProject.id())).isEqualTo(5_000_000);
        assertThat(allocated(general, fromProject.id())).isZero();
        assertThat(jdbc.sql("SELECT public_name FROM ledger_gift WHERE payment_id = ?").param(designated)
                .query(String.class).single()).isEqualTo("Công ty Cà phê Ea Súp");
        assertThat(jdbc.sql("SELECT public_name FROM ledger_gift WHERE payment_id = ?").param(general)
                .query(String.class).optional()).isEmpty();
        assertInvariants(unit);
    }

    @Test
    void anEventDeliveredTwiceAndTheBackfillChangeNothing() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Kty");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Y Bhim Sổ");
        long gift = as(accountant, () -> fixtures.give(campaign, 1_000_000, CampaignCalendar.today()));
        as(accountant, () -> general(400_000, "Học bổng"));

        assertThat(org.chungtay.shared.SystemActor.call(() -> feed.book(List.of(gift)))).isZero();
        as(accountant, () -> fixtures.reverse(gift));
        org.chungtay.shared.SystemActor.run(() -> feed.reverse(gift));
        assertThat(received(unit)).isZero();
        assertInvariants(unit);
    }

    @Test
    void theBackfillBooksPaymentsRecordedBeforeTheLedgerOnceAndSkipsGoods() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Nuôl");
        CampaignDetails campaign = activeCampaign(unit);
        // As a payment recorded before the ledger existed: written without an event.
        long before = insertPayment(unit, campaign, "BANK_TRANSFER", 700_000);
        long goods = insertPayment(unit, campaign, "GOODS", 900_000);
        jdbc.sql("UPDATE ledger_backfill SET done = FALSE, fed_up_to = ? WHERE id = 1").param(before - 1).update();

        assertThat(backfill.run()).isEqualTo(1);
        assertThat(backfill.run()).isZero();

        assertThat(received(unit)).isEqualTo(700_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ?").param(goods).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT done FROM ledger_backfill WHERE id = 1").query(Boolean.class).single()).isTrue();
    }

    @Test
    void anImportedBatchIsBookedInOneGoAndItsSecondDeliveryChangesNothing() {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Phú");
        CampaignDetails campaign = activeCampaign(unit);
        List<org.chungtay.payments.PaymentRecorded> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = insertPayment(unit, campaign, "BANK_TRANSFER", 100_000L * (i + 1));
            batch.add(new org.chungtay.payments.PaymentRecorded(id, null, campaign.id(), 100_000L * (i + 1),
                    CampaignCalendar.today()));
        }
        for (int delivery = 0; delivery < 2; delivery++) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new org.chungtay.payments.PaymentsRecorded(batch)));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> received(unit) == 600_000);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_gift WHERE fund_unit_id = ?").param(unit.id())
                .query(Long.class).single()).isEqualTo(3);
        assertInvariants(unit);
    }

    private long insertPayment(FundUnitRef unit, CampaignDetails campaign, String method, long amount) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO payment (fund_unit_id, fund_unit_path, campaign_id, method, amount, received_on, search_text,
                  recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'truoc so cai', 'before', CURRENT_TIMESTAMP)""")
                .params(unit.id(), unit.path(), campaign.id(), method, amount, CampaignCalendar.today())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Gifts on random days, disbursements and reversals in random order, then the invariants. The seed is printed,
     * so that a failure can be replayed.
     */
    @Test
    void theInvariantsHoldAfterARandomSequenceOfGiftsDisbursementsAndReversals() {
        long seed = System.nanoTime();
        System.out.println("AllocationIT random seed: " + seed);
        Random random = new Random(seed);
        FundUnitRef unit = newUnit("Quỹ xã Krông Bông");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Nguyễn Văn Ngẫu Nhiên");
        LocalDate today = CampaignCalendar.today();
        List<Long> standing = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            int dice = random.nextInt(10);
            if (dice < 5 || standing.isEmpty()) {
                long amount = 100_000L * (1 + random.nextInt(30));
                standing.add(as(accountant, () -> fixtures.give(campaign, amount, today.minusDays(random.nextInt(60)))));
            } else if (dice < 8) {
                long available = as(accountant, () -> disbursements.pools(Purpose.GENERAL, null)).stream()
                        .filter(p -> p.fundUnitId() == unit.id() && p.kind() == Pool.Kind.GENERAL)
                        .mapToLong(p -> p.available().amount()).sum();
                if (available > 0) {
                    long amount = 1 + (long) (random.nextDouble() * available);
                    as(accountant, () -> general(amount, "Chi số " + amount));
                }
            } else {
                long reversed = standing.remove(random.nextInt(standing.size()));
                as(accountant, () -> fixtures.reverse(reversed));
            }
        }
        assertInvariants(unit);
        long paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE fund_unit_id = ? AND status = 'PAID'")
                .param(unit.id()).query(Long.class).single();
        long allocated = jdbc.sql("SELECT COALESCE(SUM(allocated), 0) FROM disbursement WHERE fund_unit_id = ?")
                .param(unit.id()).query(Long.class).single();
        // Everything paid is covered unless reversals took back more than the gifts left unspent.
        assertThat(allocated).isEqualTo(Math.min(paid, received(unit)));
    }

    private DisbursementSummary general(long amount, String description) {
        Pool pool = disbursements.pools(Purpose.GENERAL, null).stream().filter(p -> p.kind() == Pool.Kind.GENERAL)
                .findFirst().orElseThrow();
        return disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool.id(), Money.vnd(amount),
                CampaignCalendar.today(), description, List.of()));
    }

    private long allocated(long paymentId, long disbursementId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM allocation WHERE payment_id = ? AND disbursement_id = ?")
                .param(paymentId).param(disbursementId).query(Long.class).single();
    }

    private long disbursed(long disbursementId) {
        return jdbc.sql("SELECT allocated FROM disbursement WHERE id = ?").param(disbursementId).query(Long.class)
                .single();
    }

    private long received(FundUnitRef unit) {
        return jdbc.sql("SELECT COALESCE(SUM(received), 0) FROM ledger_pool WHERE fund_unit_id = ?").param(unit.id())
                .query(Long.class).single();
    }

    /** The three invariants of DD025, and the pools' running sums, over every row of the unit. */
    private void assertInvariants(FundUnitRef unit) {
        // A payment's allocations plus its unspent remainder make its amount, the remainder never below zero.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ledger_gift g WHERE g.fund_unit_id = ? AND (g.allocated > g.amount
                  OR g.allocated <> (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a WHERE a.payment_id = g.payment_id))""")
                .param(unit.id()).query(Long.class).single()).as("gifts whose allocations do not add up").isZero();
        // Nothing is allocated beyond what was disbursed, and only what was paid.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM disbursement d WHERE d.fund_unit_id = ? AND (d.allocated > d.amount
                  OR (d.status <> 'PAID' AND d.allocated <> 0)
                  OR d.allocated <> (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a WHERE a.disbursement_id = d.id))""")
                .param(unit.id()).query(Long.class).single()).as("disbursements allocated beyond their amount").isZero();
        // A reversed payment has no allocations.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM allocation a JOIN ledger_gift g ON g.payment_id = a.payment_id
                WHERE g.fund_unit_id = ? AND g.reversed = TRUE""")
                .param(unit.id()).query(Long.class).single()).as("allocations of reversed payments").isZero();
        // The pools' sums are those of their rows; an uncovered disbursement means no unspent gift is left.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ledger_pool p WHERE p.fund_unit_id = ? AND (
                  p.received <> (SELECT COALESCE(SUM(g.amount), 0) FROM ledger_gift g WHERE g.pool_id = p.id AND NOT g.reversed)
                  OR p.committed <> (SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d WHERE d.pool_id = p.id
                    AND d.status IN ('AWAITING_APPROVAL', 'PAID'))
                  OR (EXISTS (SELECT 1 FROM disbursement d WHERE d.pool_id = p.id AND d.status = 'PAID' AND d.allocated < d.amount)
                    AND EXISTS (SELECT 1 FROM ledger_gift g WHERE g.pool_id = p.id AND NOT g.reversed AND g.allocated < g.amount)))""")
                .param(unit.id()).query(Long.class).single()).as("pools whose sums are off").isZero();
    }
}
