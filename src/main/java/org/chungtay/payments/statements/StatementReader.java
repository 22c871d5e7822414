package org.chungtay.payments.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

import org.chungtay.shared.UserFacingException;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads bank statement files: CSV or XLSX, told apart by their content, not their name. Stateless and
 * thread-safe; one instance may serve every upload.
 *
 * <p>A whole file is refused with a {@link UserFacingException} whose key starts with
 * {@code statements.error.}: empty, larger than {@link #MAX_BYTES}, neither CSV nor XLSX (an old .xls,
 * a password-protected workbook, a PDF, an HTML page saved as .xls), a workbook that inflates beyond
 * {@link #MAX_INFLATED_BYTES} or is otherwise unsafe to open, text in an encoding that cannot be
 * recognised, a quote that is never closed, or no row that holds the layout's required columns. A line
 * that cannot be read is not: it is reported in {@link StatementFile#problems()} and the rest is read.
 *
 * <p>The whole file is held in memory while it is read (at most {@link #MAX_BYTES}): a CSV file is
 * decoded as it is parsed, a workbook's rows are parsed as they are read.
 */
public final class StatementReader {

    /** The largest file read: 50 MiB, some 400,000 lines of a CSV statement. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    /** The most a workbook may inflate to, all its parts together. */
    public static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

    /** The most parts a workbook may have; one with a sheet has about ten. */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    /** How many rows from the top the header is looked for in. */
    public static final int HEADER_SEARCH_ROWS = 50;

    private static final String MALFORMED_CSV = "statements.error.malformed-csv";

    /**
     * Reads the credits of a statement laid out as {@code layout}.
     *
     * @param fileName as the user knows the file; used only in messages
     * @param progress told the share read so far, 0 to 1, at most once per hundredth; may be null
     * @throws UserFacingException if the file as a whole cannot be read
     * @throws UncheckedIOException if {@code in} fails
     */
    public StatementFile read(InputStream in, String fileName, StatementLayout layout, DoubleConsumer progress) {
        Objects.requireNonNull(layout, "layout");
        fileName = Objects.requireNonNullElse(fileName, "");
        Progress reported = Progress.of(progress);
        reported.at(0);
        byte[] bytes = readAll(in, fileName);
        HeaderMatcher matcher = new HeaderMatcher(layout);
        StatementFile file = formatOf(bytes, fileName) == StatementFormat.XLSX
                ? readWorkbook(bytes, fileName, matcher, reported)
                : readCsv(bytes, fileName, matcher, reported);
        reported.done();
        return file;
    }

    /**
     * The top of a file whose layout is not known: the header row (that of the first preset whose
     * columns it holds, else the first row with as many text cells as the widest rows), and up to
     * {@code rows} non-blank rows after it.
     *
     * @throws UserFacingException if the file as a whole cannot be read
     */
    public StatementSample sample(InputStream in, String fileName, int rows) {
        return sample(in, fileName, rows, List.of());
    }

    /**
     * As {@link #sample(InputStream, String, int)}, but a fund's own layouts are looked for too, after the
     * built-in presets: the header row may be one of theirs, and {@link StatementSample#suggestedLayout()}
     * then names it.
     *
     * @param saved the fund's layouts, in the order they are tried
     * @throws UserFacingException if the file as a whole cannot be read
     */
    public StatementSample sample(InputStream in, String fileName, int rows, List<StatementLayout> saved) {
        fileName = Objects.requireNonNullElse(fileName, "");
        List<StatementLayout> layouts = new ArrayList<>(StatementLayout.presets());
        layouts.addAll(saved);
        byte[] bytes = readAll(in, fileName);
        int wanted = Math.clamp(rows, 0, 1_000);
        if (formatOf(bytes, fileName) == StatementFormat.XLSX) {
            try (XlsxWorkbook workbook = XlsxWorkbook.open(bytes, fileName, Progress.of(null))) {
                List<Sheet> sheets = workbook.sheets();
                for (Sheet sheet : sheets) {
                    try (RowSource source = workbook.rows(sheet)) {
                        List<SourceRow> head = head(source);
                        if (head.stream().anyMatch(row -> !row.isBlank()) || sheet == sheets.getLast()) {
                            return sample(source, head, wanted, StatementFormat.XLSX, null, null, layouts);
                        }
                    }
                }
                throw XlsxGuard.damaged(fileName);
            }
        }
        TextEncoding.Detected encoding = TextEncoding.detect(bytes, fileName);
        List<Character> separators = CsvSource.candidates(bytes, encoding);
        char chosen = separators.getFirst();
        int bestConsistency = -1;
        for (char separator : separators) {
            try (RowSource source = new CsvSource(bytes, encoding, separator, fileName, Progress.of(null))) {
                List<SourceRow> head = head(source);
                if (presetHeader(head, layouts) != null) {
                    chosen = separator;
                    break;
                }
                int consistency = consistency(head);
                if (consistency > bestConsistency) {
                    bestConsistency = consistency;
                    chosen = separator;
                }
            } catch (UserFacingException malformedWithThisSeparator) {
                if (!MALFORMED_CSV.equals(malformedWithThisSeparator.messageKey())) {
                    throw malformedWithThisSeparator;
                }
            }
        }
        try (RowSource source = new CsvSource(bytes, encoding, chosen, fileName, Progress.of(null))) {
            return sample(source, head(source), wanted, StatementFormat.CSV, encoding.name(), String.valueOf(chosen),
                    layouts);
        }
    }

    /**
     * Tries the likely separators in turn until one shows the header row. A quote left open in the
     * first rows is reported as such when no separator shows the header, since it may hide it.
     */
    private StatementFile readCsv(byte[] bytes, String fileName, HeaderMatcher matcher, Progress progress) {
        TextEncoding.Detected encoding = TextEncoding.detect(bytes, fileName);
        HeaderMatcher.Columns closest = null;
        UserFacingException malformed = null;
        for (char separator : CsvSource.candidates(bytes, encoding)) {
            try (RowSource source = new CsvSource(bytes, encoding, separator, fileName, progress)) {
                List<SourceRow> head;
                try {
                    head = head(source);
                } catch (UserFacingException refused) {
                    if (!MALFORMED_CSV.equals(refused.messageKey())) {
                        throw refused;
                    }
                    malformed = malformed == null ? refused : malformed;
                    continue;
                }
                HeaderMatcher.Columns header = header(head, matcher);
                if (header.complete()) {
                    LineInterpreter lines = new LineInterpreter(matcher, header, true, false);
                    interpret(head, source, header, lines);
                    return lines.result(encoding.name(), StatementFormat.CSV);
                }
                closest = closer(closest, header);
            }
        }
        if (malformed != null) {
            throw malformed;
        }
        throw missingColumns(fileName, matcher.layout(), closest);
    }

    private StatementFile readWorkbook(byte[] bytes, String fileName, HeaderMatcher matcher, Progress progress) {
        HeaderMatcher.Columns closest = null;
        try (XlsxWorkbook workbook = XlsxWorkbook.open(bytes, fileName, progress)) {
            for (Sheet sheet : workbook.sheets()) {
                try (RowSource source = workbook.rows(sheet)) {
                    List<SourceRow> head = head(source);
                    HeaderMatcher.Columns header = header(head, matcher);
                    if (header.complete()) {
                        LineInterpreter lines = new LineInterpreter(matcher, header, false, source.date1904());
                        interpret(head, source, header, lines);
                        return lines.result(null, StatementFormat.XLSX);
                    }
                    closest = closer(closest, header);
                }
            }
        }
        throw missingColumns(fileName, matcher.layout(), closest);
    }

    private static List<SourceRow> head(RowSource source) {
        List<SourceRow> head = new ArrayList<>(HEADER_SEARCH_ROWS);
        while (head.size() < HEADER_SEARCH_ROWS) {
            SourceRow row = source.next();
            if (row == null) {
                break;
            }
            head.add(row);
        }
        return head;
    }

    /** The header row, or if none holds all required columns, the row that holds the most. */
    private static HeaderMatcher.Columns header(List<SourceRow> head, HeaderMatcher matcher) {
        HeaderMatcher.Columns closest = null;
        for (SourceRow row : head) {
            if (row.isBlank()) {
                continue;
            }
            HeaderMatcher.Columns columns = matcher.match(row);
            if (columns.complete()) {
                return columns;
            }
            closest = closer(closest, columns);
        }
        return closest != null ? closest : matcher.match(new SourceRow(0, new String[0], null));
    }

    private static HeaderMatcher.Columns closer(HeaderMatcher.Columns best, HeaderMatcher.Columns candidate) {
        return best == null || candidate.missing().size() < best.missing().size() ? candidate : best;
    }

    private static void interpret(List<SourceRow> head, RowSource source, HeaderMatcher.Columns header,
            LineInterpreter lines) {
        for (SourceRow row : head) {
            if (row.lineNumber() > header.lineNumber()) {
                lines.accept(row);
            }
        }
        for (SourceRow row = source.next(); row != null; row = source.next()) {
            lines.accept(row);
        }
    }

    private static UserFacingException missingColumns(String fileName, StatementLayout layout,
            HeaderMatcher.Columns closest) {
        List<StatementColumn> missing = closest == null
                ? List.of(StatementColumn.DATE, StatementColumn.CREDIT, StatementColumn.NOTE)
                : closest.missing();
        String names = missing.stream().map(column -> describe(layout, column)).collect(Collectors.joining(", "));
        return new UserFacingException("statements.error.missing-columns", fileName, names, layout.name());
    }

    /** A missing column as the user would look for it in the file: “Số tiền ghi có” / “Số tiền”. */
    private static String describe(StatementLayout layout, StatementColumn column) {
        List<String> names = new ArrayList<>(2);
        if (!layout.names(column).isEmpty()) {
            names.add("“" + layout.names(column).getFirst() + "”");
        }
        if (column == StatementColumn.CREDIT && !layout.amount().isEmpty()) {
            names.add("“" + layout.amount().getFirst() + "”");
        }
        return String.join(" / ", names);
    }

    private StatementSample sample(RowSource source, List<SourceRow> head, int wanted, StatementFormat format,
            String encoding, String separator, List<StatementLayout> layouts) {
        Found preset = presetHeader(head, layouts);
        int headerLine = preset != null ? preset.columns().lineNumber() : guessHeader(head);
        List<String> headers = List.of();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (SourceRow row : head) {
            if (row.lineNumber() == headerLine) {
                headers = row.texts();
            } else if (row.lineNumber() > headerLine && !row.isBlank() && rows.size() < wanted) {
                rows.add(row.texts());
                lineNumbers.add(row.lineNumber());
            }
        }
        while (rows.size() < wanted) {
            SourceRow row = source.next();
            if (row == null) {
                break;
            }
            if (!row.isBlank()) {
                rows.add(row.texts());
                lineNumbers.add(row.lineNumber());
            }
        }
        StatementLayout suggested = preset == null ? null : preset.layout();
        return new StatementSample(format, headers, headerLine, rows, lineNumbers, encoding, separator, suggested);
    }

    /** The first layout whose columns one of the first rows holds, with that row; null if none does. */
    private static Found presetHeader(List<SourceRow> head, List<StatementLayout> layouts) {
        for (StatementLayout layout : layouts) {
            HeaderMatcher matcher = new HeaderMatcher(layout);
            for (SourceRow row : head) {
                if (!row.isBlank()) {
                    HeaderMatcher.Columns columns = matcher.match(row);
                    if (columns.complete()) {
                        return new Found(layout, columns);
                    }
                }
            }
        }
        return null;
    }

    /** A layout and where its columns are in the header row. */
    private record Found(StatementLayout layout, HeaderMatcher.Columns columns) {
    }

    /**
     * For a file no preset knows: the first row with at least 60% as many filled cells as the fullest
     * row (and two at least), all of them text rather than numbers or dates. 0 if there is none.
     */
    private static int guessHeader(List<SourceRow> head) {
        int widest = head.stream().mapToInt(SourceRow::nonEmptyCells).max().orElse(0);
        int needed = Math.max(2, (widest * 6 + 9) / 10);
        for (SourceRow row : head) {
            if (row.nonEmptyCells() >= needed && allText(row)) {
                return row.lineNumber();
            }
        }
        return 0;
    }

    private static boolean allText(SourceRow row) {
        for (int i = 0; i < row.size(); i++) {
            String cell = row.text(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (row.number(i) != null) {
                return false;
            }
            try {
                Amounts.parse(cell);
                return false;
            } catch (BadCell notAnAmount) {
                // text, as a header cell should be
            }
            try {
                StatementDates.parse(cell);
                return false;
            } catch (BadCell notADate) {
                // text, as a header cell should be
            }
        }
        return true;
    }

    /** How many of the first rows have the commonest number of cells (two or more): high for the right separator. */
    private static int consistency(List<SourceRow> head) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (SourceRow row : head) {
            if (row.size() >= 2) {
                sizes.merge(row.size(), 1, Integer::sum);
            }
        }
        return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static byte[] readAll(InputStream in, String fileName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("statements.error.too-large", fileName, MAX_BYTES / (1024 * 1024));
        }
        if (isBlank(bytes)) {
            throw new UserFacingException("statements.error.empty-file", fileName);
        }
        return bytes;
    }

    /** Nothing but a byte order mark, spaces, line breaks or NUL bytes. */
    private static boolean isBlank(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            start = 2;
        }
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * XLSX by its zip signature, CSV otherwise; refuses what is recognisably neither: an old Excel or
     * password-protected workbook (both OLE2 containers), a PDF, an HTML or XML page saved as ".xls".
     */
    private static StatementFormat formatOf(byte[] bytes, String fileName) {
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return StatementFormat.XLSX;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1})) {
            throw new UserFacingException("statements.error.old-excel", fileName);
        }
        if (startsWith(bytes, new byte[] {'P', 'K'}) || startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            throw new UserFacingException("statements.error.unsupported-file", fileName);
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<")
                && (start.contains("<html") || start.contains("<table") || start.contains("<?xml") || start.contains("<!doctype"))) {
            throw new UserFacingException("statements.error.unsupported-file", fileName);
        }
        return StatementFormat.CSV;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
