package org.chungtay.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.payments.statements.LineProblem;
import org.chungtay.payments.statements.StatementFile;
import org.chungtay.payments.statements.StatementLine;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.SpreadsheetCell;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank statements in: a statement read by {@link org.chungtay.payments.statements.StatementReader} is
 * matched against the open pledges of the fund unit it belongs to and shown as a {@link StatementPreview};
 * nothing is written until the accountant imports it, and then all of it is written in one transaction or
 * none. Matched lines become payments; the others wait in a queue, where a person matches them to a pledge
 * or records them as gifts. A line is never imported twice: its bank reference, or its fingerprint, is
 * kept unique per fund unit.
 *
 * <p>An import writes its rows in JDBC batches and tells other modules in {@link PaymentsRecorded}
 * batches: a statement of the campaign month can hold tens of thousands of lines (see bench/).
 */
@Service
@Transactional
public class StatementImportService {

    private static final Logger LOG = LoggerFactory.getLogger(StatementImportService.class);
    private static final int CHUNK = 1000;
    private static final int DONORS_AT_ONCE = 5000;
    private static final String QUEUED_LINE = "SELECT id, fund_unit_id, booked_on, amount, note, counterparty_name,"
            + " counterparty_account, bank_reference, reason, reason_arguments, candidates FROM statement_line";

    private final PaymentTargets pledges;
    private final PaymentService payments;
    private final FundUnitService fundUnits;
    private final FundUnitSettingsService unitSettings;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    StatementImportService(PaymentTargets pledges, PaymentService payments, FundUnitService fundUnits, FundUnitSettingsService unitSettings, JdbcClient jdbc,
            JdbcTemplate batch, ApplicationEventPublisher events, AuditTrail audit) {
        this.pledges = pledges;
        this.payments = payments;
        this.fundUnits = fundUnits;
        this.unitSettings = unitSettings;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.audit = audit;
    }

    /** Matches a statement of the unit's bank account against its subtree's open pledges; writes nothing. */
    @PreAuthorize(PaymentService.KEEPERS)
    @Transactional(readOnly = true)
    public StatementPreview preview(StatementFile file, String fileName, long fundUnitId) {
        FundUnitRef unit = unitInScope(fundUnitId);
        List<LineProblem> problems = new ArrayList<>(file.problems());
        List<StatementLine> credits = new ArrayList<>();
        LocalDate today = VietnamTime.today();
        for (StatementLine line : file.credits()) {
            if (line.bookedOn().isAfter(today) || line.bookedOn().isBefore(today.minusYears(PaymentEntry.YEARS_BACK))) {
                problems.add(new LineProblem(line.lineNumber(), "statements.error.date-range",
                        List.of(PaymentEntry.YEARS_BACK)));
            } else if (line.amount().compareTo(Money.MAX_PLEDGE) > 0) {
                problems.add(new LineProblem(line.lineNumber(), "payments.error.amount", List.of()));
            } else {
                credits.add(line);
            }
        }
        long started = System.nanoTime();
        long latestImport = latestImport(fundUnitId);
        List<String> keys = credits.stream().map(StatementImportService::dedupeKey).toList();
        Set<String> known = latestImport == 0 ? Set.of() : existingKeys(fundUnitId, keys);
        Set<String> seen = new HashSet<>();
        boolean[] duplicate = new boolean[credits.size()];
        for (int i = 0; i < credits.size(); i++) {
            duplicate[i] = known.contains(keys.get(i)) || !seen.add(keys.get(i));
        }
        long checked = System.nanoTime();
        List<Optional<String>> references = credits.parallelStream()
                .map(line -> pledges.referenceIn(line.note() == null ? "" : line.note())).toList();
        StatementMatcher matcher = matcher(unit.path(), references);
        long built = System.nanoTime();
        // The matcher only reads what it was built from: the lines are matched on every core.
        StatementPreview.Line[] lines = new StatementPreview.Line[credits.size()];
        IntStream.range(0, credits.size()).parallel().forEach(i -> {
            StatementLine line = credits.get(i);
            lines[i] = new StatementPreview.Line(line, keys.get(i), duplicate[i], duplicate[i]
                    ? MatchProposal.none("statements.reason.duplicate", List.of(), List.of())
                    : matcher.propose(line.amount(), references.get(i), line.counterpartyName(),
                            line.counterpartyAccount()));
        });
        problems.sort((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber()));
        LOG.info("Statement preview for unit {}: {} credit lines; earlier imports checked in {} ms, matcher built in"
                + " {} ms, lines matched in {} ms", fundUnitId, credits.size(), millis(started, checked),
                millis(checked, built), millis(built, System.nanoTime()));
        return new StatementPreview(fundUnitId, fileName, file.layout().name(), file.encoding(), List.of(lines),
                problems, file.debitLines(), latestImport);
    }

    /**
     * A pledge of the unit's subtree that a line may be matched to by hand, by its reference as typed; the
     * same checks as when a payment is recorded by hand.
     */
    @PreAuthorize(PaymentService.KEEPERS)
    @Transactional(readOnly = true)
    public MatchProposal chosen(String reference) {
        PaymentTarget target = payments.pledge(reference);
        return new MatchProposal(MatchProposal.Confidence.CERTAIN, open(target), "statements.reason.chosen",
                List.of(target.reference()), List.of());
    }

    /**
     * Writes the statement: a payment for every matched line, every other new line to the queue, in one
     * transaction. Lines that could not be read are left out only when the accountant says so.
     */
    @PreAuthorize(PaymentService.KEEPERS)
    public ImportResult importStatement(StatementPreview preview, boolean leavingOutBadLines) {
        FundUnitRef unit = unitInScope(preview.fundUnitId());
        if (!preview.problems().isEmpty() && !leavingOutBadLines) {
            throw new UserFacingException("statements.error.bad-lines", preview.problems().size());
        }
        List<StatementPreview.Line> fresh = preview.lines().stream().filter(line -> !line.duplicate()).toList();
        if (latestImport(unit.id()) != preview.latestImport()) {
            // another upload was imported since the preview: leave out what it brought
            Set<String> known = existingKeys(unit.id(), fresh.stream().map(StatementPreview.Line::dedupeKey).toList());
            fresh = fresh.stream().filter(line -> !known.contains(line.dedupeKey())).toList();
        }
        for (StatementPreview.Line line : fresh) {
            if (line.proposal().matched() && !line.proposal().pledge().fundUnitPath().startsWith(unit.path())) {
                throw new UserFacingException("payments.error.pledge-not-found");
            }
        }
        String actor = FundScope.actorName();
        Instant now = Instant.now();
        List<StatementPreview.Line> matched = fresh.stream().filter(line -> line.proposal().matched()).toList();
        int queued = fresh.size() - matched.size();
        int duplicates = preview.lines().size() - fresh.size();

        GeneratedKeyHolder importKey = new GeneratedKeyHolder();
        batch.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO statement_import (fund_unit_id,"
                    + " fund_unit_path, file_name, layout_name, encoding, credit_lines, debit_lines, duplicate_lines,"
                    + " matched_lines, queued_lines, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, unit.id());
            insert.setString(2, unit.path());
            insert.setString(3, truncate(preview.fileName(), 255));
            insert.setString(4, truncate(preview.layoutName(), 100));
            insert.setString(5, truncate(preview.encoding(), 40));
            insert.setInt(6, preview.lines().size());
            insert.setInt(7, preview.debitLines());
            insert.setInt(8, duplicates);
            insert.setInt(9, matched.size());
            insert.setInt(10, queued);
            insert.setString(11, actor);
            insert.setTimestamp(12, Timestamp.from(now));
            return insert;
        }, importKey);
        long importId = importKey.getKey().longValue();
        long started = System.nanoTime();

        List<Long> paymentIds = insertPayments(matched, actor, now);
        // By identity: a line is a record holding its proposal and candidates, costly to hash 100,000 times.
        Map<StatementPreview.Line, Long> paymentOf = new IdentityHashMap<>();
        for (int i = 0; i < matched.size(); i++) {
            paymentOf.put(matched.get(i), paymentIds.get(i));
        }
        long paid = System.nanoTime();
        try {
            insertLines(importId, unit, fresh, paymentOf, actor, now);
        } catch (DuplicateKeyException importedMeanwhile) {
            throw new UserFacingException("statements.error.imported-meanwhile");
        }
        long lined = System.nanoTime();
        remember(matched);

        List<PaymentRecorded> recorded = new ArrayList<>(matched.size());
        for (int i = 0; i < matched.size(); i++) {
            StatementPreview.Line line = matched.get(i);
            OpenPledge pledge = line.proposal().pledge();
            recorded.add(new PaymentRecorded(paymentIds.get(i), pledge.pledgeId(), pledge.campaignId(),
                    line.line().amount().amount(), line.line().bookedOn()));
        }
        long learnt = System.nanoTime();
        // One audit record for the import, the accountant's one act: each payment it wrote is found from its
        // statement line, which names the import, the line number and the payment.
        audit.record("statement-import", importId, "imported", "", preview.fileName() + ": " + matched.size()
                + " matched, " + queued + " queued, " + duplicates + " already imported, " + preview.debitLines()
                + " debit lines ignored, " + preview.problems().size() + " unreadable lines left out");
        for (int from = 0; from < recorded.size(); from += PaymentsRecorded.BATCH) {
            events.publishEvent(new PaymentsRecorded(recorded.subList(from, Math.min(recorded.size(),
                    from + PaymentsRecorded.BATCH))));
        }
        LOG.info("Statement import {} for unit {}: {} payments written in {} ms, {} lines in {} ms, accounts learnt in"
                + " {} ms, audit and events in {} ms", importId, unit.id(), matched.size(), millis(started, paid),
                fresh.size(), millis(paid, lined), millis(lined, learnt), millis(learnt, System.nanoTime()));
        return new ImportResult(importId, matched.size(), queued, duplicates, preview.debitLines());
    }

    // ---------------------------------------------------------------- the queue

    /** Lines of the caller's subtree waiting for a person, oldest first, paged in the database. */
    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public List<QueuedLine> queue(int offset, int limit) {
        return jdbc.sql(QUEUED_LINE + " WHERE fund_unit_path LIKE :subtree AND status = 'QUEUED'"
                        + " ORDER BY booked_on, id LIMIT :limit OFFSET :offset")
                .param("subtree", FundScope.subtreePath() + "%").param("limit", limit).param("offset", offset)
                .query(StatementImportService::queuedLine).list();
    }

    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM statement_line WHERE fund_unit_path LIKE :subtree AND status = 'QUEUED'")
                .param("subtree", FundScope.subtreePath() + "%").query(Long.class).single();
    }

    /**
     * The queue as a CSV for a spreadsheet (UTF-8 with a byte order mark, so that Excel reads the
     * accents): what the bank said of each line; a note that starts like a formula is written as text.
     */
    @PreAuthorize(PaymentService.READERS)
    @Transactional(readOnly = true)
    public byte[] queueAsCsv(List<String> headers) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(headers);
            jdbc.sql(QUEUED_LINE + " WHERE fund_unit_path LIKE :subtree AND status = 'QUEUED' ORDER BY booked_on, id")
                    .param("subtree", FundScope.subtreePath() + "%")
                    .query(StatementImportService::queuedLine).stream()
                    .forEach(line -> {
                        try {
                            csv.printRecord(line.bookedOn(), line.amount().amount(), SpreadsheetCell.safe(line.note()),
                                    SpreadsheetCell.safe(line.counterpartyName()),
                                    SpreadsheetCell.safe(line.counterpartyAccount()),
                                    SpreadsheetCell.safe(line.bankReference()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Matches a queued line to a pledge by hand: a payment is recorded for it, as if entered by hand. */
    @PreAuthorize(PaymentService.KEEPERS)
    public PaymentSummary matchByHand(long lineId, String pledgeReference) {
        QueuedLine line = lockQueued(lineId);
        PaymentSummary payment = payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, line.amount(),
                line.bookedOn(), pledgeReference, null, null, null, truncate(line.bankReference(),
                PaymentEntry.BANK_REFERENCE_LIMIT), truncate(line.note(), PaymentEntry.NOTE_LIMIT), null));
        resolve(lineId, "MATCHED_BY_HAND", payment.id());
        if (line.counterpartyAccount() != null) {
            pledges.byReference(pledgeReference).map(PaymentTarget::donorId)
                    .ifPresent(donor -> rememberAccount(line.counterpartyAccount(), donor));
        }
        return payment;
    }

    /** Records a queued line as a gift without a pledge, to a campaign or to a unit's fund, from a donor or not. */
    @PreAuthorize(PaymentService.KEEPERS)
    public PaymentSummary recordAsGift(long lineId, Long campaignId, Long fundUnitId, Long donorId) {
        QueuedLine line = lockQueued(lineId);
        PaymentSummary payment = payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, line.amount(),
                line.bookedOn(), null, campaignId, fundUnitId, donorId, truncate(line.bankReference(),
                PaymentEntry.BANK_REFERENCE_LIMIT), truncate(line.note(), PaymentEntry.NOTE_LIMIT), null));
        resolve(lineId, "RECORDED_AS_GIFT", payment.id());
        if (donorId != null && line.counterpartyAccount() != null) {
            rememberAccount(line.counterpartyAccount(), donorId);
        }
        return payment;
    }

    // ---------------------------------------------------------------- inside

    /** The unit's latest import, 0 if none: the lines it knows change only when another is imported. */
    private long latestImport(long fundUnitId) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM statement_import WHERE fund_unit_id = :unit")
                .param("unit", fundUnitId).query(Long.class).single();
    }

    /**
     * A matcher that needs nothing more from the database: the subtree's open pledges, the accounts learnt
     * for their donors, and the pledges that are not open but whose reference a line carries (a fulfilled
     * pledge still takes money by reference).
     */
    private StatementMatcher matcher(String subtreePath, List<Optional<String>> references) {
        List<OpenPledge> open = pledges.open(subtreePath);
        Set<String> openReferences = open.stream().map(OpenPledge::reference).collect(Collectors.toSet());
        Map<String, PaymentTarget> others = new HashMap<>();
        references.stream().flatMap(Optional::stream).filter(reference -> !openReferences.contains(reference))
                .collect(Collectors.toSet())
                .forEach(reference -> pledges.byReference(reference)
                        .filter(target -> target.acceptsPayments() && target.fundUnitPath().startsWith(subtreePath))
                        .ifPresent(target -> others.put(reference, target)));
        Map<Long, Money> tolerances = new HashMap<>();
        open.stream().map(OpenPledge::fundUnitId).distinct().forEach(unitId -> tolerances.put(unitId,
                unitSettings.settingsForIssuing(unitId).map(FundUnitSettings::feeTolerance).orElse(Money.ZERO)));
        Money largest = tolerances.values().stream().max(Money::compareTo).orElse(Money.ZERO);
        Map<String, Long> accounts = accountsOf(open.stream().map(OpenPledge::donorId).filter(donor -> donor != null)
                .collect(Collectors.toSet()));
        return new StatementMatcher(open, accounts, pledges::referenceIn,
                unitId -> tolerances.getOrDefault(unitId, Money.ZERO), largest,
                reference -> Optional.ofNullable(others.get(reference)));
    }

    /**
     * The accounts learnt for these donors: those of the donors of open pledges are all a matcher can use
     * (an account whose donor has no open pledge matches nothing).
     */
    private Map<String, Long> accountsOf(Collection<Long> donors) {
        Map<String, Long> remembered = new HashMap<>();
        List<Long> all = List.copyOf(donors);
        for (int from = 0; from < all.size(); from += DONORS_AT_ONCE) {
            jdbc.sql("SELECT account_number, donor_id FROM counterparty_account WHERE donor_id IN (:donors)")
                    .param("donors", all.subList(from, Math.min(all.size(), from + DONORS_AT_ONCE)))
                    .query(row -> {
                        remembered.put(row.getString("account_number"), row.getLong("donor_id"));
                    });
        }
        return remembered;
    }

    private Set<String> existingKeys(long fundUnitId, List<String> keys) {
        Set<String> existing = new HashSet<>();
        List<String> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            existing.addAll(jdbc.sql("SELECT dedupe_key FROM statement_line WHERE fund_unit_id = :unit"
                            + " AND dedupe_key IN (:keys)")
                    .param("unit", fundUnitId).param("keys", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
                    .query(String.class).list());
        }
        return existing;
    }

    /** The bank's own reference when it gives one, else the line's fingerprint. */
    static String dedupeKey(StatementLine line) {
        String reference = line.bankReference() == null ? "" : line.bankReference().strip().toUpperCase(Locale.ROOT);
        return reference.isEmpty() || reference.length() > 78 ? "f:" + line.fingerprint() : "r:" + reference;
    }

    private List<Long> insertPayments(List<StatementPreview.Line> matched, String actor, Instant now) {
        List<Long> ids = new ArrayList<>(matched.size());
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < matched.size(); from += CHUNK) {
            List<StatementPreview.Line> chunk = matched.subList(from, Math.min(matched.size(), from + CHUNK));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            batch.batchUpdate(connection -> connection.prepareStatement("INSERT INTO payment (fund_unit_id,"
                    + " fund_unit_path, campaign_id, pledge_id, pledge_reference, donor_id, donor_name, method, amount,"
                    + " received_on, bank_reference, note, goods_description, search_text, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement insert, int i) throws SQLException {
                            StatementPreview.Line line = chunk.get(i);
                            OpenPledge pledge = line.proposal().pledge();
                            String bankReference = truncate(line.line().bankReference(), PaymentEntry.BANK_REFERENCE_LIMIT);
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
                            insert.setString(8, PaymentMethod.BANK_TRANSFER.name());
                            insert.setLong(9, line.line().amount().amount());
                            insert.setObject(10, line.line().bookedOn());
                            insert.setString(11, bankReference);
                            insert.setString(12, truncate(line.line().note(), PaymentEntry.NOTE_LIMIT));
                            insert.setString(13, Payment.searchText(pledge.reference(), pledge.donorName(), bankReference));
                            insert.setString(14, actor);
                            insert.setTimestamp(15, at);
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        }
        if (ids.size() != matched.size()) {
            throw new IllegalStateException("Expected " + matched.size() + " payment ids, got " + ids.size());
        }
        return ids;
    }

    private void insertLines(long importId, FundUnitRef unit, List<StatementPreview.Line> lines,
            Map<StatementPreview.Line, Long> paymentOf, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("INSERT INTO statement_line (import_id, fund_unit_id, fund_unit_path, dedupe_key, line_number,"
                + " booked_on, amount, note, counterparty_name, counterparty_account, bank_reference, status, reason,"
                + " reason_arguments, candidates, payment_id, resolved_by, resolved_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines, CHUNK, (insert, line) -> {
                    Long payment = paymentOf.get(line);
                    MatchProposal proposal = line.proposal();
                    StatementLine read = line.line();
                    insert.setLong(1, importId);
                    insert.setLong(2, unit.id());
                    insert.setString(3, unit.path());
                    insert.setString(4, line.dedupeKey());
                    insert.setInt(5, read.lineNumber());
                    insert.setObject(6, read.bookedOn());
                    insert.setLong(7, read.amount().amount());
                    insert.setString(8, truncate(read.note() == null ? "" : read.note(), 1000));
                    insert.setString(9, truncate(read.counterpartyName(), 200));
                    insert.setString(10, read.counterpartyAccount() == null ? null
                            : truncate(StatementMatcher.account(read.counterpartyAccount()), 40));
                    insert.setString(11, truncate(read.bankReference(), 100));
                    insert.setString(12, payment == null ? "QUEUED" : "MATCHED");
                    insert.setString(13, proposal.reasonKey());
                    insert.setString(14, truncate(proposal.reasonArguments().stream().map(String::valueOf)
                            .collect(Collectors.joining("\t")), 300));
                    insert.setString(15, proposal.candidates().isEmpty() ? null : truncate(proposal.candidates().stream()
                            .map(OpenPledge::reference).collect(Collectors.joining(",")), 200));
                    if (payment == null) {
                        insert.setNull(16, Types.BIGINT);
                        insert.setNull(17, Types.VARCHAR);
                        insert.setNull(18, Types.TIMESTAMP);
                    } else {
                        insert.setLong(16, payment);
                        insert.setString(17, actor);
                        insert.setTimestamp(18, at);
                    }
                });
    }

    /** Remembers who sent money from an account, for the next statement. */
    private void remember(List<StatementPreview.Line> matched) {
        Map<String, Long> learnt = new HashMap<>();
        for (StatementPreview.Line line : matched) {
            String account = line.line().counterpartyAccount();
            Long donor = line.proposal().pledge().donorId();
            boolean known = line.proposal().reasonKey().startsWith(StatementMatcher.BY_ACCOUNT);
            if (account != null && !account.isBlank() && donor != null && !known) {
                learnt.put(StatementMatcher.account(account), donor);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate("INSERT INTO counterparty_account (account_number, donor_id, learnt_at) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE donor_id = VALUES(donor_id), learnt_at = VALUES(learnt_at)",
                List.copyOf(learnt.entrySet()), CHUNK, (insert, entry) -> {
                    insert.setString(1, truncate(entry.getKey(), 40));
                    insert.setLong(2, entry.getValue());
                    insert.setTimestamp(3, now);
                });
    }

    private void rememberAccount(String account, long donorId) {
        jdbc.sql("INSERT INTO counterparty_account (account_number, donor_id, learnt_at) VALUES (:account, :donor, :at)"
                        + " ON DUPLICATE KEY UPDATE donor_id = VALUES(donor_id), learnt_at = VALUES(learnt_at)")
                .param("account", truncate(StatementMatcher.account(account), 40)).param("donor", donorId)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    private QueuedLine lockQueued(long lineId) {
        String path = jdbc.sql("SELECT fund_unit_path FROM statement_line WHERE id = :id AND status = 'QUEUED' FOR UPDATE")
                .param("id", lineId).query(String.class).optional()
                .orElseThrow(() -> new UserFacingException("statements.error.line-gone"));
        FundScope.check(path);
        return jdbc.sql(QUEUED_LINE + " WHERE id = :id").param("id", lineId)
                .query(StatementImportService::queuedLine).single();
    }

    private static QueuedLine queuedLine(ResultSet row, int number) throws SQLException {
        return new QueuedLine(row.getLong("id"), row.getLong("fund_unit_id"), row.getDate("booked_on").toLocalDate(),
                Money.vnd(row.getLong("amount")), row.getString("note"), row.getString("counterparty_name"),
                row.getString("counterparty_account"), row.getString("bank_reference"), row.getString("reason"),
                split(row.getString("reason_arguments"), "\t"), split(row.getString("candidates"), ","));
    }

    private void resolve(long lineId, String status, long paymentId) {
        jdbc.sql("UPDATE statement_line SET status = :status, payment_id = :payment, resolved_by = :by, resolved_at = :at"
                        + " WHERE id = :id")
                .param("status", status).param("payment", paymentId).param("by", FundScope.actorName())
                .param("at", Timestamp.from(Instant.now())).param("id", lineId).update();
        audit.record("statement-line", lineId, status.toLowerCase(Locale.ROOT), "queued", "payment " + paymentId);
    }

    private FundUnitRef unitInScope(long fundUnitId) {
        FundUnitRef unit = fundUnits.findPublic(fundUnitId)
                .orElseThrow(() -> new UserFacingException("statements.error.unit"));
        if (!FundScope.contains(unit.path())) {
            throw new UserFacingException("statements.error.unit");
        }
        return unit;
    }

    private static OpenPledge open(PaymentTarget target) {
        return new OpenPledge(target.pledgeId(), target.reference(), target.campaignId(), target.fundUnitId(),
                target.fundUnitPath(), target.donorId(), target.donorName(), null, List.of(target.open()));
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(separator));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String truncate(String text, int limit) {
        return text == null ? null : text.length() <= limit ? text : text.substring(0, limit);
    }
}
