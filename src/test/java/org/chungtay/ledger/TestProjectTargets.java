package org.chungtay.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.springframework.stereotype.Component;

/**
 * Budget lines of projects for the ledger's tests, until the projects module lands with the real ones (the lead
 * replaces this bean then): tests register the lines they pay to. Picked up by component scanning, so it needs no
 * context of its own.
 */
@Component
public class TestProjectTargets implements DisbursementTargets {

    private static final AtomicLong IDS = new AtomicLong(900_000_000);
    private final Map<Long, DisbursementTarget> lines = new ConcurrentHashMap<>();

    /** A new project with one budget line; returns the line. */
    public DisbursementTarget line(FundUnitRef unit, Programme programme, String title, long budget) {
        long projectId = IDS.incrementAndGet();
        long lineId = IDS.incrementAndGet();
        DisbursementTarget line = new DisbursementTarget(Purpose.PROJECT, lineId, unit.id(), unit.path(), programme,
                projectId, null, null, title + " — Xây dựng", title + " — Building", Money.vnd(budget),
                "projects/p-" + projectId);
        lines.put(lineId, line);
        return line;
    }

    @Override
    public Set<Purpose> purposes() {
        return Set.of(Purpose.PROJECT);
    }

    @Override
    public List<DisbursementTarget> search(Purpose purpose, String text, int limit) {
        return lines.values().stream().filter(line -> FundScope.contains(line.fundUnitPath()))
                .filter(line -> line.labelVi().contains(text) || line.labelEn().contains(text)).limit(limit).toList();
    }

    @Override
    public Optional<DisbursementTarget> find(Purpose purpose, long id) {
        return Optional.ofNullable(lines.get(id)).filter(line -> FundScope.contains(line.fundUnitPath()));
    }
}
