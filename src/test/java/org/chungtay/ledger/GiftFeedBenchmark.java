package org.chungtay.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the ledger takes to book an imported statement's payments: {@code bench.payments} (5,000) payments of
 * one unit inserted with a JDBC batch, then booked as the listener books them, 250 per transaction through
 * {@link BulkWork}; then one disbursement that the allocation rule matches to 2,000 of those gifts. A warm-up of
 * 2,000 payments into another unit goes first. Not an IT; run it with bench/ledger-gifts.sh. Figures: standard
 * output and target/bench-ledger-gifts.txt.
 */
class GiftFeedBenchmark extends IntegrationTest {

    @Autowired
    GiftFeed feed;

    @Autowired
    BulkWork bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DisbursementService disbursements;

    @Test
    void bookAnImportedStatementAndAllocateALargeDisbursement() throws Exception {
        int size = Integer.getInteger("bench.payments", 5_000);
        run(2_000, false);
        String figures = run(size, true);
        System.out.println(figures);
        Files.writeString(Path.of("target/bench-ledger-gifts.txt"), figures);
    }

    private String run(int size, boolean measured) {
        FundUnitRef unit = newUnit("Quỹ đo tốc độ");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Người đo");
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {unit.id(), unit.path(), campaign.id(), "BANK_TRANSFER", 100_000,
                    Date.valueOf(CampaignCalendar.today().minusDays(i % 30)), "bench " + i, "bench", now});
        }
        jdbc.batchUpdate("INSERT INTO payment (fund_unit_id, fund_unit_path, campaign_id, method, amount, received_on,"
                + " search_text, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM payment WHERE fund_unit_id = ? ORDER BY id", Long.class,
                unit.id());
        long start = System.nanoTime();
        for (int from = 0; from < ids.size(); from += 250) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 250));
            bulk.inTransaction(() -> SystemActor.run(() -> feed.book(batch)));
        }
        long booked = System.nanoTime() - start;
        Pool pool = as(accountant, () -> disbursements.pools(Purpose.GENERAL, null)).stream()
                .filter(p -> p.kind() == Pool.Kind.GENERAL).findFirst().orElseThrow();
        // Above the default threshold it would wait: pay several of 20,000,000 ₫, each matched to 200 gifts, signed
        // in once (signing in checks a password hash, slow on purpose).
        long allocated = as(accountant, () -> {
            long allocateStart = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool.id(), Money.vnd(20_000_000),
                        CampaignCalendar.today(), "Đo tốc độ", List.of()));
            }
            return System.nanoTime() - allocateStart;
        });
        Long gifts = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_gift WHERE fund_unit_id = ?", Long.class, unit.id());
        return (measured ? "" : "warm-up: ") + "booked " + gifts + " gifts in " + booked / 1_000_000 + " ms ("
                + (gifts * 1_000_000_000L / Math.max(1, booked)) + "/s), batches of 250 in one transaction each;"
                + " 10 disbursements of 20,000,000 each allocated to 200 gifts in " + allocated / 1_000_000 + " ms\n";
    }
}
