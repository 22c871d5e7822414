package org.chungtay.payments;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.payments.statements.LineProblem;
import org.chungtay.payments.statements.StatementLine;

/**
 * A statement read and matched, before anything is written: every credit line with what the matcher
 * proposes (or what the accountant chose instead), the lines already imported from an earlier upload,
 * and the lines that could not be read. {@code latestImport} is the unit's latest import when the preview
 * was made: lines imported by a later one are left out on import.
 */
public record StatementPreview(long fundUnitId, String fileName, String layoutName, String encoding,
        List<Line> lines, List<LineProblem> problems, int debitLines, long latestImport) {

    public StatementPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /**
     * One credit line. {@code duplicate} lines were imported before (same bank reference, or same
     * fingerprint) and will not be again.
     */
    public record Line(StatementLine line, String dedupeKey, boolean duplicate, MatchProposal proposal) {

        public boolean matched() {
            return !duplicate && proposal.matched();
        }
    }

    public long matched() {
        return lines.stream().filter(Line::matched).count();
    }

    public long duplicates() {
        return lines.stream().filter(Line::duplicate).count();
    }

    public long queued() {
        return lines.stream().filter(line -> !line.duplicate() && !line.proposal().matched()).count();
    }

    /** The same preview with the accountant's choice for one line: a pledge, or none (the queue). */
    public StatementPreview decide(int lineNumber, MatchProposal choice) {
        List<Line> decided = new ArrayList<>(lines.size());
        for (Line line : lines) {
            decided.add(line.line().lineNumber() == lineNumber
                    ? new Line(line.line(), line.dedupeKey(), line.duplicate(), choice) : line);
        }
        return new StatementPreview(fundUnitId, fileName, layoutName, encoding, decided, problems, debitLines,
                latestImport);
    }
}
