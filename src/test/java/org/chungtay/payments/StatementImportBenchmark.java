package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.payments.statements.StatementFile;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementLine;
import org.chungtay.payments.statements.StatementReader;
import org.chungtay.pledges.ReferenceCode;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SearchText;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statement of the campaign month: 100,000 Vietcombank CSV lines read, matched against 50,000 open
 * pledges and stored, as an accountant through the service (security on), next to a plain JDBC batch
 * insert of the same payment and statement_line rows in the same run. Then, after the import has
 * committed, how long the asynchronous listeners take to settle the pledges and issue the receipts.
 * A warm-up run of 20,000 lines into another unit goes first, so that the measured run meets compiled code.
 *
 * <p>Not an IT (the suite does not seed 50,000 pledges on every run); run it with
 * bench/statement-import.sh. Figures: standard output and target/bench-statement-import.txt. Sizes can be
 * changed with {@code -Dbench.pledges}, {@code -Dbench.lines} and {@code -Dbench.wait-minutes};
 * {@code -Dbench.jfr=target/import.jfr} records the measured read, preview and import with Java Flight
 * Recorder, and what follows the commit in target/import-after-commit.jfr.
 */
class StatementImportBenchmark extends IntegrationTest {

    private static final int PLEDGES = Integer.getInteger("bench.pledges", 50_000);
    private static final int LINES = Integer.getInteger("bench.lines", 100_000);
    private static final int WARM_UP_LINES = 20_000;
    private static final double GOAL_SECONDS = 10;
    private static final long WAIT_MILLIS = Long.getLong("bench.wait-minutes", 10) * 60 * 1000L;
    private static final int BATCH = 1_000;
    private static final long FEE_TOLERANCE = 22_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quang", "Hữu", "Thu",
        "Xuân", "Kim", "Bảo", "Hoài", "Công", "Đình", "Mạnh", "Phương", "Quốc", "Thúy", "Tuyết"};
    /** Given names of donors; people who send small gifts anonymously are named from the other list. */
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phúc",
        "Quân", "Sương", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Khoa", "Linh", "Long", "Nga", "Nhung", "Oanh",
        "Phương", "Sơn", "Thắng", "Thủy", "Tú", "Việt", "Hạnh", "Hiếu", "Hoa", "Huệ", "Kiên", "Lộc", "Ly", "My",
        "Ngân", "Nguyên", "Đào", "Điệp", "Đông", "Giao", "Hằng", "Hòa", "Hồng", "Huy", "Hưng", "Khải",
        "Lâm", "Liên", "Lực", "Mạnh", "Minh", "Nghĩa", "Ngọc", "Nhàn", "Phong", "Phú", "Quang", "Quế", "Quỳnh",
        "Sang", "Sinh", "Tiến", "Tín", "Trung", "Tùng", "Uyên", "Vân", "Vũ", "Xuân"};
    private static final String[] GIVEN_OTHERS = {"Anh", "Bảo", "Chi", "Duy", "Giang", "Hải", "Hậu", "Hiền",
        "Khánh", "Loan", "Luân", "Nhân", "Nhi", "Quyên", "Tài", "Thái", "Thịnh", "Toàn", "Trí", "Vinh"};
    private static final String[] TRADE = {"Cà phê", "Nông sản", "Xây dựng", "Vận tải", "Thương mại", "Dược phẩm",
        "Cao su", "Hồ tiêu", "Điện máy", "Bất động sản"};
    private static final String[] BRAND = {"Thắng Lợi", "Phú Quý", "Tây Nguyên", "Ban Mê", "Hưng Thịnh", "Đại Phát",
        "Sao Mai", "Trường Sơn", "Việt Úc", "Hoàng Long", "Minh Khang", "Phước An"};
    private static final String[] OTHER_BRAND = {"Nam Việt", "Hòa Bình", "Kim Cương", "Thiên Ân"};
    private static final String[] GIFT_NOTES = {"ung ho quy bao tro tre em", "Ủng hộ trẻ em nghèo vượt khó",
        "UNG HO TRE EM", "quyen gop tet cho em", "Chuyển tiền ủng hộ", "ung ho", "CK UNG HO QUY", "giup cac chau",
        "ung ho trung thu cho em"};
    /** One-off pledge totals as people choose them: round sums, small ones most often. */
    private static final long[] TOTALS = {100_000, 200_000, 200_000, 300_000, 500_000, 500_000, 500_000, 1_000_000,
        1_000_000, 1_000_000, 2_000_000, 2_000_000, 3_000_000, 5_000_000, 5_000_000, 10_000_000, 20_000_000, 150_000,
        250_000, 1_500_000};
    private static final long[] QUARTERS = {100_000, 200_000, 250_000, 300_000, 500_000, 1_000_000};
    private static final long[] GIFTS = {10_000, 20_000, 20_000, 50_000, 50_000, 50_000, 100_000, 100_000, 100_000,
        200_000, 200_000, 300_000, 500_000, 500_000, 68_000, 99_000, 150_000, 1_000_000};
    /** What other banks keep of an interbank transfer. */
    private static final long[] FEES = {1_100, 3_300, 5_500, 11_000, 22_000};

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Set<String> REFERENCES = new HashSet<>();

    @Autowired
    StatementImportService imports;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aHundredThousandLineStatementIsReadMatchedAndStoredInUnderTenSeconds() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(String.format("Statement import, %s, %d processors, MariaDB %s of the tests (buffer pool %d MB,"
                + " innodb_flush_log_at_trx_commit=%s), JVM heap max %d MB", VietnamTime.today(),
                Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("SELECT VERSION()", String.class),
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) / (1024 * 1024),
                jdbc.queryForObject("SELECT @@innodb_flush_log_at_trx_commit", String.class),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        Run warmUp = run(Math.max(100, WARM_UP_LINES / 2), WARM_UP_LINES, 7, false);
        report.add(String.format("warm-up: %,d lines against %,d pledges, another unit: read %.2f s, preview %.2f s,"
                + " import %.2f s, plain JDBC %.2f s; after commit: pledges %s, receipts %s", warmUp.lines,
                warmUp.pledges, warmUp.read, warmUp.match, warmUp.store, warmUp.jdbc, after(warmUp.settled),
                after(warmUp.receipted)));
        Run run = run(PLEDGES, LINES, 2026, true);
        report.addAll(run.describe());
        String text = String.join("\n", report);
        System.out.println(text);
        Files.writeString(Path.of("target", "bench-statement-import.txt"), text + "\n");

        assertThat(run.preview.problems()).isEmpty();
        assertThat(run.result.matched()).isPositive();
        assertThat(run.read + run.match + run.store).as("read + preview + import, seconds").isLessThan(GOAL_SECONDS);
    }

    // ---------------------------------------------------------------- one run

    private final class Run {
        int pledges;
        int lines;
        String seeded;
        String fileDescription;
        double read;
        double match;
        double store;
        double jdbc;
        double settled = Double.NaN;
        double receipted = Double.NaN;
        int progressReports;
        StatementPreview preview;
        ImportResult result;
        Map<String, Integer> reasons = new TreeMap<>();
        String listenersLeft = "";
        String loadBefore;
        String registry;
        String loadAfter;

        List<String> describe() {
            double total = read + match + store;
            int paymentRows = result.matched();
            int lineRows = result.matched() + result.queued();
            List<String> out = new ArrayList<>();
            out.add("seeded " + seeded);
            out.add("file: " + fileDescription);
            out.add("matcher: " + reasons.entrySet().stream().map(e -> String.format("%,d %s", e.getValue(),
                    e.getKey().replace("statements.reason.", ""))).reduce((a, b) -> a + ", " + b).orElse("")
                    + String.format("; imported %,d matched, %,d queued, %,d debit lines ignored", result.matched(),
                            result.queued(), result.debitLines()));
            out.add("");
            out.add(String.format("%-58s %8s", "phase", "seconds"));
            out.add(String.format("%-58s %8.2f  (progress reported %d times)", "(a) read the file (StatementReader)",
                    read, progressReports));
            out.add(String.format("%-58s %8.2f", "(b) preview: match against the open pledges", match));
            out.add(String.format("%-58s %8.2f", "(c) import: store, one transaction", store));
            out.add(String.format("%-58s %8.2f  goal < %.0f s: %s", "a+b+c", total, GOAL_SECONDS,
                    total < GOAL_SECONDS ? "met" : "NOT MET"));
            out.add(String.format("%-58s %8.2f  (%,d payment + %,d statement_line rows)",
                    "(d) plain JDBC batch insert of the same rows", jdbc, paymentRows, lineRows));
            out.add(String.format("%-58s %8.1f", "ratio (a+b+c) / (d)", total / jdbc));
            out.add(String.format("%-58s %8.1f", "ratio (c) / (d)", store / jdbc));
            out.add("load average of the machine (1, 5, 15 min) before (a): " + loadBefore + ", after (c): " + loadAfter);
            out.add("");
            out.add("after the import has committed (asynchronous listeners, measured from its return):");
            out.add(String.format("%-58s %s", String.format("pledges settled (%,d pledge_payment rows)", paymentRows),
                    after(settled)));
            out.add(String.format("%-58s %s", String.format("receipts issued (%,d receipts)", paymentRows),
                    after(receipted)));
            if (!listenersLeft.isEmpty()) {
                out.add(listenersLeft);
            }
            out.add(registry);
            return out;
        }
    }

    private static String after(double seconds) {
        return Double.isNaN(seconds) ? String.format("NOT REACHED within %d min", WAIT_MILLIS / 60_000)
                : String.format("after %.1f s", seconds);
    }

    private Run run(int pledgeCount, int lineCount, long seed, boolean measured) throws Exception {
        int runNumber = RUNS.incrementAndGet();
        Random random = new Random(seed);
        Run run = new Run();
        run.pledges = pledgeCount;
        run.lines = lineCount;
        FundUnitRef unit = newUnit(measured ? "Quỹ huyện Krông Pắc" : "Quỹ huyện Ea Kar");
        settings(unit);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán " + unit.name());

        long seedStart = System.nanoTime();
        List<Seeded> pledges = seed(unit, campaign, pledgeCount, runNumber, random);
        long quarterly = pledges.stream().filter(Seeded::quarterly).count();
        long donors = pledges.stream().map(Seeded::donorId).filter(id -> id != null).distinct().count();
        long learnt = pledges.stream().filter(Seeded::learnt).map(Seeded::donorId).distinct().count();
        run.seeded = String.format("%,d open pledges (%,d one-off, %,d in 4 quarterly instalments) of %,d donors"
                + " and %,d anonymous, %,d accounts learnt from earlier statements, in %.1f s", pledges.size(),
                pledges.size() - quarterly, quarterly, donors, pledges.stream().filter(p -> p.donorId() == null).count(),
                learnt, (System.nanoTime() - seedStart) / 1e9);

        byte[] csv = statement(pledges, lineCount, runNumber, random, run);
        Recording recording = measured && System.getProperty("bench.jfr") != null
                ? new Recording(Configuration.getConfiguration("profile")) : null;
        if (recording != null) {
            // every round trip to the database, with where it came from, not only those over 10 ms
            recording.enable("jdk.SocketRead").withThreshold(java.time.Duration.ZERO).withStackTrace();
            recording.start();
        }
        run.loadBefore = loadAverage();
        Timestamp importStart = Timestamp.from(Instant.now());
        AtomicInteger reports = new AtomicInteger();
        long start = System.nanoTime();
        StatementFile file = new StatementReader().read(new ByteArrayInputStream(csv), "sao-ke-vcb-thang-12.csv",
                StatementLayout.VIETCOMBANK, fraction -> reports.incrementAndGet());
        run.read = (System.nanoTime() - start) / 1e9;
        run.progressReports = reports.get();
        run.preview = as(accountant, () -> timed(() -> imports.preview(file, "sao-ke-vcb-thang-12.csv", unit.id()),
                seconds -> run.match = seconds));
        run.result = as(accountant, () -> timed(() -> imports.importStatement(run.preview, false),
                seconds -> run.store = seconds));
        long committed = System.nanoTime();
        run.loadAfter = loadAverage();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("bench.jfr")));
            recording.close();
        }
        run.preview.lines().forEach(line -> run.reasons.merge(line.proposal().reasonKey(), 1, Integer::sum));

        Recording listeners = recording == null ? null : new Recording(Configuration.getConfiguration("profile"));
        if (listeners != null) {
            listeners.start();
        }
        waitForListeners(unit, run, committed);
        run.registry = registry(importStart);
        if (listeners != null) {
            listeners.stop();
            listeners.dump(Path.of(System.getProperty("bench.jfr").replace(".jfr", "-after-commit.jfr")));
            listeners.close();
        }
        run.jdbc = plainJdbc(unit, run.preview);
        return run;
    }

    /** Other builds share these machines: the load says how much of the 2 cores the run had. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static <T> T timed(Supplier<T> work, java.util.function.DoubleConsumer seconds) {
        long start = System.nanoTime();
        T result = work.get();
        seconds.accept((System.nanoTime() - start) / 1e9);
        return result;
    }

    /** Polls what the listeners write until every matched payment has its pledge_payment row and its receipt. */
    private void waitForListeners(FundUnitRef unit, Run run, long committed) throws InterruptedException {
        int expected = run.result.matched();
        long deadline = committed + WAIT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline && (Double.isNaN(run.settled) || Double.isNaN(run.receipted))) {
            if (Double.isNaN(run.settled) && count("SELECT COUNT(*) FROM pledge_payment pp JOIN payment p"
                    + " ON p.id = pp.payment_id WHERE p.fund_unit_id = ?", unit.id()) >= expected) {
                run.settled = (System.nanoTime() - committed) / 1e9;
            }
            if (Double.isNaN(run.receipted) && count("SELECT COUNT(*) FROM receipt WHERE fund_unit_id = ?", unit.id())
                    >= expected) {
                run.receipted = (System.nanoTime() - committed) / 1e9;
            }
            Thread.sleep(100);
        }
        if (Double.isNaN(run.settled) || Double.isNaN(run.receipted)) {
            run.listenersLeft = String.format("after %d min: %,d pledge_payment rows, %,d receipts, %,d event"
                    + " publications incomplete", WAIT_MILLIS / 60_000,
                    count("SELECT COUNT(*) FROM pledge_payment pp JOIN payment p ON p.id = pp.payment_id"
                            + " WHERE p.fund_unit_id = ?", unit.id()),
                    count("SELECT COUNT(*) FROM receipt WHERE fund_unit_id = ?", unit.id()),
                    count("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"));
        }
    }

    /**
     * What the event publication registry holds of the run's publications: how many, how many are not
     * completed, and how often they were handed to their listener (more than once when the registry's job
     * resubmitted them, or an invocation failed).
     */
    private String registry(Timestamp since) {
        StringBuilder text = new StringBuilder("event publications of the import (registry, at the end of the wait):");
        jdbc.query("SELECT LISTENER_ID, COUNT(*) AS publications, SUM(CASE WHEN COMPLETION_DATE IS NULL THEN 1 ELSE 0 END)"
                + " AS incomplete, SUM(COALESCE(COMPLETION_ATTEMPTS, 0)) AS attempts FROM EVENT_PUBLICATION"
                + " WHERE PUBLICATION_DATE >= ? GROUP BY LISTENER_ID ORDER BY LISTENER_ID", row -> {
                    text.append(String.format("%n  %s: %,d batches, %,d incomplete, handed to the listener %,d times",
                            shortName(row.getString("LISTENER_ID")), row.getLong("publications"),
                            row.getLong("incomplete"), row.getLong("attempts")));
                }, since);
        String innodb = jdbc.query("SHOW ENGINE INNODB STATUS", rows -> rows.next() ? rows.getString("Status") : "");
        int deadlock = innodb == null ? -1 : innodb.indexOf("LATEST DETECTED DEADLOCK");
        if (deadlock >= 0) {
            try {
                Files.writeString(Path.of("target", "bench-statement-import-deadlock.txt"),
                        innodb.substring(deadlock, innodb.indexOf("\nTRANSACTIONS", deadlock) < 0 ? innodb.length()
                                : innodb.indexOf("\nTRANSACTIONS", deadlock)));
                text.append(String.format("%n  InnoDB detected a deadlock: target/bench-statement-import-deadlock.txt"));
            } catch (IOException | RuntimeException unwritten) {
                text.append(String.format("%n  InnoDB detected a deadlock (not written: %s)", unwritten));
            }
        }
        return text.toString();
    }

    /** "org.chungtay.pledges.PledgePayments.on(org.chungtay.payments.PaymentsRecorded)" → "PledgePayments.on". */
    private static String shortName(String listenerId) {
        String method = listenerId.contains("(") ? listenerId.substring(0, listenerId.indexOf('(')) : listenerId;
        int last = method.lastIndexOf('.');
        return last < 0 ? method : method.substring(method.lastIndexOf('.', last - 1) + 1);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    // ---------------------------------------------------------------- the baseline

    /**
     * The same payment and statement_line rows, same columns, written with plain JDBC batches in one
     * transaction on a connection of the pool (rewriteBatchedStatements as the test URL has it), the
     * payments' generated ids read back for the lines as the import does; then removed again, untimed.
     * The lines' dedupe keys get another first letter, since the imported rows hold the real ones.
     */
    private double plainJdbc(FundUnitRef unit, StatementPreview preview) throws SQLException {
        List<StatementPreview.Line> fresh = preview.lines().stream().filter(line -> !line.duplicate()).toList();
        List<StatementPreview.Line> matched = fresh.stream().filter(line -> line.proposal().matched()).toList();
        Timestamp now = Timestamp.from(Instant.now());
        long importId;
        List<Long> paymentIds = new ArrayList<>(matched.size());
        double seconds;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO statement_import (fund_unit_id,"
                    + " fund_unit_path, file_name, layout_name, encoding, credit_lines, debit_lines, duplicate_lines,"
                    + " matched_lines, queued_lines, imported_by, imported_at) VALUES (?, ?, 'baseline', 'baseline',"
                    + " 'UTF-8', 0, 0, 0, 0, 0, 'baseline', ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, unit.id());
                insert.setString(2, unit.path());
                insert.setTimestamp(3, now);
                insert.executeUpdate();
                ResultSet key = insert.getGeneratedKeys();
                key.next();
                importId = key.getLong(1);
            }
            connection.commit();

            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment (fund_unit_id,"
                    + " fund_unit_path, campaign_id, pledge_id, pledge_reference, donor_id, donor_name, method, amount,"
                    + " received_on, bank_reference, note, goods_description, search_text, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < matched.size(); i++) {
                    StatementLine line = matched.get(i).line();
                    OpenPledge pledge = matched.get(i).proposal().pledge();
                    insert.setLong(1, pledge.fundUnitId());
                    insert.setString(2, pledge.fundUnitPath());
                    insert.setLong(3, pledge.campaignId());
                    insert.setLong(4, pledge.pledgeId());
                    insert.setString(5, pledge.reference());
                    if (pledge.donorId() == null) {
                        insert.setNull(6, Types.BIGINT);
                    } else {
                        insert.setLong(6, pledge.donorId());
                    }
                    insert.setString(7, pledge.donorName());
                    insert.setString(8, "BANK_TRANSFER");
                    insert.setLong(9, line.amount().amount());
                    insert.setObject(10, line.bookedOn());
                    insert.setString(11, line.bankReference());
                    insert.setString(12, cut(line.note(), 500));
                    insert.setString(13, Payment.searchText(pledge.reference(), pledge.donorName(), line.bankReference()));
                    insert.setString(14, "baseline");
                    insert.setTimestamp(15, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == matched.size() - 1) {
                        insert.executeBatch();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            while (keys.next()) {
                                paymentIds.add(keys.getLong(1));
                            }
                        }
                    }
                }
            }
            Map<StatementPreview.Line, Long> paymentOf = new java.util.IdentityHashMap<>();
            for (int i = 0; i < matched.size(); i++) {
                paymentOf.put(matched.get(i), paymentIds.get(i));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO statement_line (import_id,"
                    + " fund_unit_id, fund_unit_path, dedupe_key, line_number, booked_on, amount, note, counterparty_name,"
                    + " counterparty_account, bank_reference, status, reason, reason_arguments, candidates, payment_id,"
                    + " resolved_by, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < fresh.size(); i++) {
                    StatementPreview.Line line = fresh.get(i);
                    StatementLine read = line.line();
                    MatchProposal proposal = line.proposal();
                    Long payment = paymentOf.get(line);
                    insert.setLong(1, importId);
                    insert.setLong(2, unit.id());
                    insert.setString(3, unit.path());
                    insert.setString(4, "x" + line.dedupeKey().substring(1));
                    insert.setInt(5, read.lineNumber());
                    insert.setObject(6, read.bookedOn());
                    insert.setLong(7, read.amount().amount());
                    insert.setString(8, cut(read.note(), 1000));
                    insert.setString(9, read.counterpartyName());
                    insert.setString(10, read.counterpartyAccount() == null ? null
                            : cut(StatementMatcher.account(read.counterpartyAccount()), 40));
                    insert.setString(11, read.bankReference());
                    insert.setString(12, payment == null ? "QUEUED" : "MATCHED");
                    insert.setString(13, proposal.reasonKey());
                    insert.setString(14, cut(String.join("\t", proposal.reasonArguments().stream().map(String::valueOf)
                            .toList()), 300));
                    insert.setString(15, proposal.candidates().isEmpty() ? null : cut(String.join(",",
                            proposal.candidates().stream().map(OpenPledge::reference).toList()), 200));
                    if (payment == null) {
                        insert.setNull(16, Types.BIGINT);
                        insert.setNull(17, Types.VARCHAR);
                        insert.setNull(18, Types.TIMESTAMP);
                    } else {
                        insert.setLong(16, payment);
                        insert.setString(17, "baseline");
                        insert.setTimestamp(18, now);
                    }
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == fresh.size() - 1) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
            seconds = (System.nanoTime() - start) / 1e9;
        }
        assertThat(paymentIds).hasSize(matched.size());
        jdbc.update("DELETE FROM statement_line WHERE import_id = ?", importId);
        for (int from = 0; from < paymentIds.size(); from += BATCH) {
            List<Long> chunk = paymentIds.subList(from, Math.min(paymentIds.size(), from + BATCH));
            jdbc.update("DELETE FROM payment WHERE id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?"))
                    + ")", chunk.toArray());
        }
        jdbc.update("DELETE FROM statement_import WHERE id = ?", importId);
        return seconds;
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }

    // ---------------------------------------------------------------- seeding

    /** An open pledge as seeded, with who pays it and from which account. */
    private record Seeded(long id, String reference, String donorName, String sender, Long donorId, String account,
            boolean learnt, long total, long instalment, boolean quarterly) {
    }

    private record Person(String name, String sender, String account, boolean learnt) {
    }

    private void settings(FundUnitRef unit) {
        String code = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc",
                ReceiptPaper.A5, true, Money.vnd(FEE_TOLERANCE), null)));
    }

    /**
     * Donors, then their pledges and instalments, with JDBC batches straight into the tables: most pledges
     * one-off, a fifth in four quarterly instalments; most made by a donor on record (some donors twice), the
     * rest by people who are not; a fifth of the donors' accounts already learnt from earlier statements.
     */
    private List<Seeded> seed(FundUnitRef unit, CampaignDetails campaign, int count, int runNumber, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Person> people = new ArrayList<>();
        Map<Integer, Integer> personOf = new HashMap<>();
        for (int i = 0; i < count; i++) {
            double draw = random.nextDouble();
            if (draw < 0.15) {
                personOf.put(i, -1);
            } else if (draw < 0.25 && !people.isEmpty()) {
                personOf.put(i, random.nextInt(people.size()));
            } else {
                people.add(person(random));
                personOf.put(i, people.size() - 1);
            }
        }
        List<Object[]> donorRows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            boolean organisation = person.name().startsWith("Công ty");
            String email = organisation ? null : "nha.hao.tam." + runNumber + "." + i + "@example.vn";
            String address = (1 + random.nextInt(300)) + " Lê Duẩn, Buôn Ma Thuột, Đắk Lắk";
            donorRows.add(new Object[] {String.format("%08d-0000-4000-8000-%012d", runNumber, i),
                organisation ? "ORGANISATION" : "INDIVIDUAL", person.name(), email, address, unit.id(), unit.path(),
                SearchText.normalise(person.name() + " " + (email == null ? "" : email) + " " + address), now, now});
        }
        batches("INSERT INTO donor (public_id, kind, name, email, address, preferred_language, may_be_named,"
                + " fund_unit_id, fund_unit_path, search_text, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 'vi', FALSE, ?, ?, ?, ?, ?)", donorRows);
        Map<String, Long> donorIds = new HashMap<>();
        jdbc.query("SELECT id, public_id FROM donor WHERE fund_unit_id = ?",
                row -> {
                    donorIds.put(row.getString("public_id"), row.getLong("id"));
                }, unit.id());
        List<Object[]> learntRows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).learnt()) {
                learntRows.add(new Object[] {StatementMatcher.account(people.get(i).account()),
                    donorIds.get(String.format("%08d-0000-4000-8000-%012d", runNumber, i)), now});
            }
        }
        batches("INSERT IGNORE INTO counterparty_account (account_number, donor_id, learnt_at) VALUES (?, ?, ?)", learntRows);

        Year year = Year.from(VietnamTime.today());
        List<Object[]> pledgeRows = new ArrayList<>();
        List<Seeded> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int which = personOf.get(i);
            Person person = which < 0 ? person(random) : people.get(which);
            Long donorId = which < 0 ? null : donorIds.get(String.format("%08d-0000-4000-8000-%012d", runNumber, which));
            boolean quarterly = random.nextInt(5) == 0;
            long instalment = quarterly ? QUARTERS[random.nextInt(QUARTERS.length)] : TOTALS[random.nextInt(TOTALS.length)];
            long total = quarterly ? 4 * instalment : instalment;
            String reference;
            do {
                reference = ReferenceCode.generate(year).value();
            } while (!REFERENCES.add(reference));
            pledgeRows.add(new Object[] {reference, String.format("%08x%056x", runNumber, i), campaign.id(), unit.id(),
                unit.path(), donorId, total, quarterly ? "QUARTERLY" : "ONE_OFF", person.name(), person.name(),
                "lien.he." + runNumber + "." + i + "@example.vn", random.nextInt(10) == 0 ? "PLEDGED" : "CONFIRMED",
                Timestamp.from(Instant.now().minusSeconds(random.nextInt(60 * 86_400)))});
            drafts.add(new Seeded(0, reference, person.name(), person.sender(), donorId, person.account(),
                    person.learnt() && donorId != null, total, instalment, quarterly));
        }
        batches("INSERT INTO pledge (reference, access_token_hash, campaign_id, fund_unit_id, fund_unit_path, donor_id,"
                + " kind, total, frequency, donor_name, contact_name, contact_email, language, status, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'DONATION', ?, ?, ?, ?, ?, 'vi', ?, ?)", pledgeRows);
        Map<String, Long> pledgeIds = new HashMap<>();
        jdbc.query("SELECT id, reference FROM pledge WHERE fund_unit_id = ?",
                row -> {
                    pledgeIds.put(row.getString("reference"), row.getLong("id"));
                }, unit.id());
        List<Seeded> seeded = new ArrayList<>();
        List<Object[]> instalmentRows = new ArrayList<>();
        LocalDate first = VietnamTime.today().minusDays(20);
        for (Seeded draft : drafts) {
            long id = pledgeIds.get(draft.reference());
            seeded.add(new Seeded(id, draft.reference(), draft.donorName(), draft.sender(), draft.donorId(),
                    draft.account(), draft.learnt(), draft.total(), draft.instalment(), draft.quarterly()));
            for (int seq = 1; seq <= (draft.quarterly() ? 4 : 1); seq++) {
                instalmentRows.add(new Object[] {id, seq, first.plusMonths(3L * (seq - 1)), draft.instalment()});
            }
        }
        batches("INSERT INTO pledge_instalment (pledge_id, seq, due_date, amount) VALUES (?, ?, ?, ?)", instalmentRows);
        return seeded;
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** A person or (one in ten) a company, the name as the bank prints it, and an account. */
    private static Person person(Random random) {
        String name;
        String sender;
        if (random.nextInt(10) == 0) {
            String kind = random.nextBoolean() ? "Công ty TNHH" : "Công ty Cổ phần";
            name = kind + " " + pick(random, TRADE) + " " + pick(random, BRAND);
            sender = upper(name).replace("CONG TY CO PHAN", "CTCP");
        } else {
            name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " "
                    + (random.nextInt(3) == 0 ? pick(random, MIDDLE) + " " : "") + pick(random, GIVEN);
            sender = upper(name);
        }
        return new Person(name, sender, account(random), random.nextInt(5) == 0);
    }

    private static String account(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.format("0071%09d", random.nextInt(1_000_000_000));
            case 1 -> String.format("1903%010d", (long) random.nextInt(1_000_000_000) * 7);
            case 2 -> String.format("%04d %04d %04d", random.nextInt(10_000), random.nextInt(10_000), random.nextInt(10_000));
            default -> String.format("0%09d", random.nextInt(1_000_000_000));
        };
    }

    // ---------------------------------------------------------------- the statement

    private enum Kind {
        REFERENCE, AMOUNT_AND_SENDER, GIFT, DEBIT
    }

    /**
     * A Vietcombank CSV export: title rows, the header, the lines in date order with a running balance, a
     * total row. 40 % carry a pledge's reference as banks and people mangle it, 10 % a pledge's amount (or
     * that less a bank fee) from its donor without a reference, 45 % small gifts nothing matches, 5 % debits.
     * Every line has a bank reference of its own.
     */
    private byte[] statement(List<Seeded> pledges, int count, int runNumber, Random random, Run run) {
        List<Kind> kinds = new ArrayList<>(count);
        int references = count * 40 / 100;
        int senders = count * 10 / 100;
        int debits = count * 5 / 100;
        kinds.addAll(Collections.nCopies(references, Kind.REFERENCE));
        kinds.addAll(Collections.nCopies(senders, Kind.AMOUNT_AND_SENDER));
        kinds.addAll(Collections.nCopies(debits, Kind.DEBIT));
        kinds.addAll(Collections.nCopies(count - references - senders - debits, Kind.GIFT));
        Collections.shuffle(kinds, random);

        LocalDate today = VietnamTime.today();
        LocalDate from = today.minusDays(27);
        StringBuilder csv = new StringBuilder(count * 130);
        csv.append("NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,,,\n");
        csv.append("SAO KÊ TÀI KHOẢN / ACCOUNT STATEMENT,,,,,,,\n");
        csv.append("Số tài khoản: 0071001234567,,,,,,,\n");
        csv.append("Tên tài khoản: QUY BAO TRO TRE EM TINH DAK LAK,,,,,,,\n");
        csv.append("Từ ngày ").append(from.format(DAY)).append(" đến ngày ").append(today.format(DAY)).append(",,,,,,,\n");
        csv.append(",,,,,,,\n");
        csv.append("Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả,Tên đối ứng,"
                + "Tài khoản đối ứng\n");
        long balance = 2_500_000_000L;
        long credits = 0;
        long debitTotal = 0;
        for (int i = 0; i < count; i++) {
            LocalDate day = from.plusDays((long) i * 28 / count);
            String bankReference = String.format("%d%02d%07d", 5000 + runNumber, i % 97, i);
            Kind kind = kinds.get(i);
            long amount;
            String note;
            String name;
            String account;
            if (kind == Kind.DEBIT) {
                amount = random.nextInt(3) == 0 ? 2_000_000 + 500_000L * random.nextInt(10) : pick(random, FEES);
                note = pick(random, new String[] {"THU PHI QUAN LY TAI KHOAN", "Chi hỗ trợ học bổng cho trẻ em",
                    "PHI SMS BANKING", "Chi mua quà Tết cho trẻ em xã Ea Phê"});
                balance -= amount;
                debitTotal += amount;
                csv.append(day.format(DAY)).append(',').append(bankReference).append(",\"").append(money(amount))
                        .append("\",,\"").append(money(balance)).append("\",\"").append(note).append("\",,\n");
                continue;
            }
            if (kind == Kind.GIFT) {
                amount = pick(random, GIFTS);
                int who = random.nextInt(20);
                if (who < 5) {
                    name = null;
                    account = null;
                    note = "NOP TIEN MAT " + pick(random, GIFT_NOTES);
                } else if (who < 7) {
                    name = "CONG TY CP " + upper(pick(random, TRADE) + " " + pick(random, OTHER_BRAND));
                    account = account(random);
                    note = pick(random, GIFT_NOTES);
                } else {
                    name = upper(pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN_OTHERS));
                    account = account(random);
                    note = random.nextBoolean() ? pick(random, GIFT_NOTES)
                            : "MBVCB." + (1_000_000 + random.nextInt(9_000_000)) + "." + name + " chuyen tien."
                                    + "CT tu " + account + " " + name + " toi 0071001234567 QUY BAO TRO TRE EM";
                }
            } else {
                Seeded pledge = pledges.get(random.nextInt(pledges.size()));
                name = pledge.sender();
                account = pledge.account();
                if (kind == Kind.REFERENCE) {
                    int draw = random.nextInt(20);
                    amount = pledge.quarterly() ? (draw < 14 ? pledge.instalment() : draw < 17 ? 2 * pledge.instalment()
                            : pledge.total())
                            : draw < 17 ? pledge.total() : draw < 19 ? pledge.total() - pick(random, FEES)
                            : pledge.total() / 2;
                    note = mangled(pledge, random, account);
                } else {
                    amount = random.nextInt(4) == 0 ? pledge.instalment() - pick(random, FEES) : pledge.instalment();
                    note = pick(random, new String[] {"chuyen tien ung ho", "UNG HO QUY BTTE", "IBFT " + name
                        + " chuyen khoan", "Ủng hộ trẻ em nghèo vượt khó", name + " ung ho quy tre em"});
                }
            }
            balance += amount;
            credits += amount;
            csv.append(day.format(DAY)).append(',').append(bankReference).append(",,\"").append(money(amount))
                    .append("\",\"").append(money(balance)).append("\",\"").append(note).append("\",")
                    .append(name == null ? "" : "\"" + name + "\"").append(',').append(account == null ? "" : account)
                    .append('\n');
        }
        csv.append("Tổng cộng,,\"").append(money(debitTotal)).append("\",\"").append(money(credits)).append("\",,,,\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        run.fileDescription = String.format("%,d lines, %.1f MB, Vietcombank CSV (UTF-8): %,d with a pledge reference"
                + " mangled as banks do (case, spaces, prefixes such as MBVCB.1234567., glued words), %,d a pledge's"
                + " amount or that less a bank fee from its donor without a reference, %,d small gifts nothing"
                + " matches, %,d debits", count, bytes.length / 1e6, references, senders,
                count - references - senders - debits, debits);
        return bytes;
    }

    /** A pledge's reference as it reaches a statement. */
    private static String mangled(Seeded pledge, Random random, String account) {
        String code = pledge.reference();
        String spaced = code.replace("-", " ");
        String glued = code.replace("-", "");
        String sender = pledge.sender();
        return switch (random.nextInt(8)) {
            case 0 -> code + " " + sender + " ung ho";
            case 1 -> "MBVCB." + (1_000_000 + random.nextInt(9_000_000)) + "." + (100_000 + random.nextInt(900_000))
                    + "." + spaced.toLowerCase(Locale.ROOT) + " " + sender + " chuyen tien.CT tu " + account + " "
                    + sender + " toi 0071001234567 QUY BAO TRO TRE EM";
            case 2 -> spaced.toLowerCase(Locale.ROOT) + " ung ho tre em";
            case 3 -> glued + "UNGHOTREEM";
            case 4 -> "IBFT " + sender.replace(" ", "") + " " + glued.toLowerCase(Locale.ROOT);
            case 5 -> pledge.donorName() + " chuyển khoản ủng hộ " + spaced;
            case 6 -> "TRICH TK " + account + " ND: " + code.replace("-", "_").toLowerCase(Locale.ROOT) + " ung ho";
            default -> "Ung ho quy " + code.replace("-", ". ") + " " + sender;
        };
    }

    private static String upper(String text) {
        return SearchText.withoutDiacritics(text).toUpperCase(Locale.ROOT);
    }

    private static String money(long amount) {
        return String.format(Locale.GERMANY, "%,d", amount);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long pick(Random random, long[] values) {
        return values[random.nextInt(values.length)];
    }
}
