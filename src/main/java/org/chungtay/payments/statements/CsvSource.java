package org.chungtay.payments.statements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chungtay.shared.UserFacingException;

/**
 * The records of a CSV file, read with Commons CSV as RFC 4180 says (quoted fields may hold separators,
 * quotes and line breaks), streaming from the file's bytes. Each record carries the line it starts on,
 * counted as an editor counts lines, so that a problem in a record whose note spans three lines is
 * reported where the user finds it.
 */
final class CsvSource implements RowSource {

    /** The separators statements use, in the order they are tried when equally likely. */
    static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvSource(byte[] bytes, TextEncoding.Detected encoding, char separator, String fileName, Progress progress) {
        this.fileName = fileName;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        ByteArrayInputStream in = new CountingStream(bytes, encoding.offset(), progress);
        try {
            this.parser = CSVParser.parse(new InputStreamReader(in, encoding.decoder()), format);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        this.records = parser.iterator();
    }

    @Override
    public SourceRow next() {
        long linesBefore = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException failure) {
            throw readFailure(failure.getCause(), linesBefore + 1);
        }
        String[] values = record.values();
        for (int i = 0; i < values.length; i++) {
            values[i] = Texts.clean(values[i]);
        }
        return new SourceRow(Math.toIntExact(linesBefore + 1), values, null);
    }

    private RuntimeException readFailure(IOException cause, long line) {
        if (cause instanceof CharacterCodingException) {
            return new UserFacingException("statements.error.unreadable-encoding", fileName);
        }
        if (cause instanceof CSVException) {
            return new UserFacingException("statements.error.malformed-csv", fileName, String.valueOf(line));
        }
        return new UncheckedIOException(cause);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // Reading from memory: nothing to release.
        }
    }

    /**
     * The separators to try, most likely first: the one an Excel "sep=" first line names, then by how
     * often each occurs outside quotes in the first lines.
     */
    static List<Character> candidates(byte[] bytes, TextEncoding.Detected encoding) {
        int length = Math.min(bytes.length - encoding.offset(), 64 * 1024) & ~1;
        String head = new String(bytes, encoding.offset(), Math.max(length, 0), encoding.charset());
        String firstLine = head.lines().findFirst().orElse("");
        Map<Character, Integer> counts = new TreeMap<>();
        SEPARATORS.forEach(separator -> counts.put(separator, 0));
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < head.length() && lines < StatementReader.HEADER_SEARCH_ROWS; i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted && counts.containsKey(c)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        List<Character> ordered = new ArrayList<>(SEPARATORS);
        ordered.sort(Comparator.comparing((Character separator) -> -counts.get(separator)));
        if (firstLine.length() == 5 && firstLine.toLowerCase(Locale.ROOT).startsWith("sep=")
                && SEPARATORS.contains(firstLine.charAt(4))) {
            ordered.remove(Character.valueOf(firstLine.charAt(4)));
            ordered.addFirst(firstLine.charAt(4));
        }
        return ordered;
    }

    /** The file's bytes as a stream that reports how much of them has been read. */
    private static final class CountingStream extends ByteArrayInputStream {

        private final Progress progress;
        private final int total;

        CountingStream(byte[] bytes, int offset, Progress progress) {
            super(bytes, offset, bytes.length - offset);
            this.progress = progress;
            this.total = Math.max(1, bytes.length);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int read = super.read(buffer, offset, length);
            progress.at((double) pos / total);
            return read;
        }
    }
}
