package org.chungtay.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.payments.GoodsReceived;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual disclosure a fund must publish by 31 March (DD028): for a unit, found by its code, and a year.
 * Public, like the ledger it is read from: the money figures are the unit's public ledger for that year, so
 * the two always agree; the breakdowns are sums over the same rows.
 */
@Service
@Transactional(readOnly = true)
public class Disclosures {

    private static final String PAID = " FROM disbursement d JOIN ledger_pool p ON p.id = d.pool_id"
            + " WHERE p.fund_unit_path LIKE :subtree AND d.status = 'PAID' AND d.paid_on BETWEEN :from AND :to";

    private final JdbcClient jdbc;
    private final PublicLedger ledger;
    private final PaymentService payments;
    private final FundUnitService fundUnits;
    private final I18NProvider words;

    Disclosures(JdbcClient jdbc, PublicLedger ledger, PaymentService payments, FundUnitService fundUnits,
            I18NProvider words) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.payments = payments;
        this.fundUnits = fundUnits;
        this.words = words;
    }

    /** The disclosure of the unit with this code for this year; empty for an unknown code or a year out of range. */
    @PreAuthorize("permitAll()")
    public Optional<DisclosureReport> report(String code, int year) {
        if (!PublicLedgerPeriod.years().contains(year)) {
            return Optional.empty();
        }
        return ledger.unit(code).map(unit -> report(unit, year));
    }

    @PreAuthorize("permitAll()")
    public byte[] pdf(DisclosureReport report, Locale locale) {
        return new DisclosurePdf(words).write(report, locale);
    }

    @PreAuthorize("permitAll()")
    public void xlsx(DisclosureReport report, Locale locale, OutputStream out) throws IOException {
        new DisclosureXlsx(words).write(report, locale, out);
    }

    // ---------------------------------------------------------------- inside

    private DisclosureReport report(PublicLedgerSubject unit, int year) {
        PublicLedgerPeriod period = PublicLedgerPeriod.of(year);
        LocalDate from = period.from();
        LocalDate to = period.to();
        PublicLedgerTotals totals = ledger.totals(unit, period);
        List<GoodsReceived> goods = payments.goodsReceived(unit.path(), from, to);
        Money goodsTotal = goods.stream().map(GoodsReceived::value).reduce(Money.ZERO, Money::plus);
        return new DisclosureReport(unit, year, totals, received(unit, from, to), goods, goodsTotal,
                byProgramme(unit, from, to), byPurpose(unit, from, to), byUnit(unit, from, to),
                projects(unit, from, to), childrenSupported(unit, from, to));
    }

    /** Money received by what it was given for: the kind of pool each gift went to, every kind listed. */
    private List<DisclosureLine> received(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        Map<String, DisclosureLine> byKind = new LinkedHashMap<>();
        for (String kind : List.of("GENERAL", "PROGRAMME", "PROJECT", "SPONSORSHIP")) {
            byKind.put(kind, DisclosureLine.keyed(designationKey(kind), Money.ZERO, 0));
        }
        jdbc.sql("SELECT p.kind, SUM(g.amount) AS amount, COUNT(*) AS gifts FROM ledger_gift g"
                        + " JOIN ledger_pool p ON p.id = g.pool_id WHERE p.fund_unit_path LIKE :subtree"
                        + " AND g.reversed = FALSE AND g.received_on BETWEEN :from AND :to GROUP BY p.kind")
                .param("subtree", unit.path() + "%").param("from", from).param("to", to)
                .query(row -> {
                    String kind = row.getString("kind");
                    byKind.put(kind, DisclosureLine.keyed(designationKey(kind), Money.vnd(row.getLong("amount")),
                            row.getLong("gifts")));
                });
        return List.copyOf(byKind.values());
    }

    private static String designationKey(String poolKind) {
        return "ledger.disclosure.designation." + poolKind.toLowerCase(Locale.ROOT);
    }

    private List<DisclosureLine> byProgramme(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        Map<Programme, DisclosureLine> programmes = new EnumMap<>(Programme.class);
        DisclosureLine none = null;
        for (Sum row : paid(unit, from, to, "SELECT d.programme AS label, SUM(d.amount) AS amount,"
                + " COUNT(*) AS payouts" + PAID + " GROUP BY d.programme")) {
            if (row.label() == null) {
                none = DisclosureLine.keyed("ledger.disclosure.no-programme", row.amount(), row.count());
            } else {
                Programme programme = Programme.valueOf(row.label());
                programmes.put(programme, DisclosureLine.keyed(programme.labelKey(), row.amount(), row.count()));
            }
        }
        List<DisclosureLine> lines = new ArrayList<>(programmes.values());
        if (none != null) {
            lines.add(none);
        }
        return lines;
    }

    private List<DisclosureLine> byPurpose(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        Map<Purpose, DisclosureLine> lines = new LinkedHashMap<>();
        paid(unit, from, to, "SELECT d.purpose AS label, SUM(d.amount) AS amount, COUNT(*) AS payouts" + PAID
                + " GROUP BY d.purpose").forEach(row -> {
                    Purpose purpose = Purpose.valueOf(row.label());
                    lines.put(purpose, DisclosureLine.keyed(purpose.labelKey(), row.amount(), row.count()));
                });
        List<DisclosureLine> ordered = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            if (lines.containsKey(purpose)) {
                ordered.add(lines.get(purpose));
            }
        }
        return ordered;
    }

    /**
     * Paid out by unit: what the unit paid itself, then each unit directly below it with its own subtree, by the
     * unit each disbursement was made at (always inside the subtree of the pool it drew on).
     */
    private List<DisclosureLine> byUnit(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        Map<Long, Money> amounts = new LinkedHashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        paid(unit, from, to, "SELECT d.fund_unit_path AS label, SUM(d.amount) AS amount, COUNT(*) AS payouts" + PAID
                + " GROUP BY d.fund_unit_path").forEach(row -> {
                    long under = directlyUnder(unit, row.label());
                    amounts.merge(under, row.amount(), Money::plus);
                    counts.merge(under, row.count(), Long::sum);
                });
        List<DisclosureLine> lines = new ArrayList<>();
        if (amounts.containsKey(unit.id())) {
            lines.add(new DisclosureLine(null, unit.nameVi(), unit.nameEn(), null, amounts.remove(unit.id()),
                    counts.get(unit.id())));
        }
        amounts.entrySet().stream()
                .map(entry -> {
                    String name = fundUnits.findPublic(entry.getKey()).map(FundUnitRef::name).orElse("—");
                    return new DisclosureLine(null, name, name, null, entry.getValue(), counts.get(entry.getKey()));
                })
                .sorted(Comparator.comparing(DisclosureLine::nameVi))
                .forEach(lines::add);
        return lines;
    }

    /** The unit itself for its own path, else the unit directly below it on the way to {@code path}. */
    private static long directlyUnder(PublicLedgerSubject unit, String path) {
        if (path == null || !path.startsWith(unit.path()) || path.equals(unit.path())) {
            return unit.id();
        }
        String rest = path.substring(unit.path().length());
        return Long.parseLong(rest.substring(0, rest.indexOf('/')));
    }

    /**
     * The projects paid to, the most paid first. A project is named as its module labelled it on the first payment
     * of the year (the ledger keeps the words it was given and knows no project; V0170), not with the words an
     * accountant added to that payment, and linked to its public page.
     */
    private List<DisclosureLine> projects(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        record Project(long id, String link, Money amount, long count, long first) {
        }
        List<Project> projects = jdbc.sql("SELECT d.project_id, MAX(d.public_path) AS link, SUM(d.amount) AS amount,"
                        + " COUNT(*) AS payouts, MIN(d.id) AS first" + PAID
                        + " AND d.project_id IS NOT NULL GROUP BY d.project_id ORDER BY amount DESC, first")
                .param("subtree", unit.path() + "%").param("from", from).param("to", to)
                .query((row, n) -> new Project(row.getLong("project_id"), row.getString("link"),
                        Money.vnd(row.getLong("amount")), row.getLong("payouts"), row.getLong("first")))
                .list();
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = new HashMap<>();
        jdbc.sql("SELECT id, COALESCE(target_label_vi, description_vi) AS name_vi,"
                        + " COALESCE(target_label_en, description_en) AS name_en FROM disbursement WHERE id IN (:ids)")
                .param("ids", projects.stream().map(Project::first).toList())
                .query(row -> {
                    names.put(row.getLong("id"), new String[] {row.getString("name_vi"), row.getString("name_en")});
                });
        return projects.stream().map(project -> {
            String[] name = names.get(project.first());
            return new DisclosureLine(null, name[0], name[1], project.link(), project.amount(), project.count());
        }).toList();
    }

    /** How many children the year's payments supported: distinct pseudonymous children, a count only. */
    private long childrenSupported(PublicLedgerSubject unit, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COUNT(DISTINCT d.child_id)" + PAID + " AND d.child_id IS NOT NULL")
                .param("subtree", unit.path() + "%").param("from", from).param("to", to)
                .query(Long.class).single();
    }

    private record Sum(String label, Money amount, long count) {
    }

    private List<Sum> paid(PublicLedgerSubject unit, LocalDate from, LocalDate to, String sql) {
        return jdbc.sql(sql).param("subtree", unit.path() + "%").param("from", from).param("to", to)
                .query((row, n) -> new Sum(row.getString("label"), Money.vnd(row.getLong("amount")),
                        row.getLong("payouts")))
                .list();
    }
}
