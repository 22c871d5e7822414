package org.chungtay.payments.statements;

import java.util.List;

/**
 * The top of a file whose layout is not known yet, for the screen where a fund maps its columns: the
 * header row that was detected and a few rows after it, as text.
 *
 * @param headers the cells of the detected header row; empty if none was found, and then {@code rows}
 *        are the first rows of the file
 * @param headerLineNumber the 1-based line or row of the header; 0 if none was found
 * @param rows up to the number of rows asked for, each the cells as written (NFC, trimmed); blank rows
 *        are left out
 * @param rowLineNumbers the line or row number of each of {@code rows}
 * @param encoding the text encoding that was detected; null for XLSX
 * @param separator the field separator of a CSV file (",", ";" or a tab); null for XLSX
 * @param suggestedLayout the first of {@link StatementLayout#presets()}, then of the fund's own layouts
 *        given to {@link StatementReader#sample(java.io.InputStream, String, int, List)}, whose columns the
 *        header holds; null if none does
 */
public record StatementSample(StatementFormat format, List<String> headers, int headerLineNumber,
        List<List<String>> rows, List<Integer> rowLineNumbers, String encoding, String separator,
        StatementLayout suggestedLayout) {

    public StatementSample {
        headers = List.copyOf(headers);
        rows = rows.stream().<List<String>>map(List::copyOf).toList();
        rowLineNumbers = List.copyOf(rowLineNumbers);
    }
}
