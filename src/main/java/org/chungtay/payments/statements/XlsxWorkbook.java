package org.chungtay.payments.statements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.chungtay.shared.UserFacingException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * An XLSX workbook read with fastexcel, a streaming reader (rows are parsed as they are asked for, not
 * loaded into a model of the whole workbook first, as Apache POI's would be), after {@link XlsxGuard}
 * has checked the archive. Cells become text as the spreadsheet shows them (a date cell as
 * dd/MM/yyyy), while number cells also keep their number, so that amounts and date serials are read
 * exactly. Formulas are never evaluated: a formula cell gives the value Excel saved with it.
 */
final class XlsxWorkbook implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ReadableWorkbook workbook;
    private final String fileName;
    private final Progress progress;
    private final long totalRows;
    private final boolean date1904;
    private long rowsRead;

    private XlsxWorkbook(ReadableWorkbook workbook, String fileName, Progress progress, XlsxGuard.Scan scan) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.progress = progress;
        this.totalRows = Math.max(1, scan.rows());
        this.date1904 = scan.date1904() || workbook.isDate1904();
    }

    static XlsxWorkbook open(byte[] bytes, String fileName, Progress progress) {
        XlsxGuard.Scan scan = XlsxGuard.check(bytes, fileName, progress.part(0, 0.2));
        try {
            ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true));
            return new XlsxWorkbook(workbook, fileName, progress.part(0.2, 1), scan);
        } catch (IOException | RuntimeException unreadable) {
            throw XlsxGuard.damaged(fileName);
        }
    }

    /** The visible sheets in order, or all of them if none is visible. */
    List<Sheet> sheets() {
        try {
            List<Sheet> all = workbook.getSheets().toList();
            List<Sheet> visible = all.stream().filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE).toList();
            return visible.isEmpty() ? all : visible;
        } catch (RuntimeException unreadable) {
            throw XlsxGuard.damaged(fileName);
        }
    }

    RowSource rows(Sheet sheet) {
        Stream<Row> stream;
        try {
            stream = sheet.openStream();
        } catch (IOException | RuntimeException unreadable) {
            throw XlsxGuard.damaged(fileName);
        }
        Iterator<Row> rows = stream.iterator();
        return new RowSource() {
            @Override
            public SourceRow next() {
                Row row;
                try {
                    if (!rows.hasNext()) {
                        return null;
                    }
                    row = rows.next();
                } catch (UserFacingException refused) {
                    throw refused;
                } catch (RuntimeException unreadable) {
                    throw XlsxGuard.damaged(fileName);
                }
                progress.at((double) ++rowsRead / totalRows);
                return convert(row, date1904);
            }

            @Override
            public boolean date1904() {
                return date1904;
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    private static SourceRow convert(Row row, boolean date1904) {
        int size = row.getCellCount();
        String[] texts = new String[size];
        BigDecimal[] numbers = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            Cell cell = row.getCell(i);
            Object value = cell == null ? null : cell.getValue();
            if (value instanceof BigDecimal number) {
                numbers[i] = number;
                texts[i] = isDateFormat(cell) ? formatDate(number, date1904) : plain(number);
            } else if (value instanceof Boolean bool) {
                texts[i] = bool ? "TRUE" : "FALSE";
            } else if (value != null) {
                texts[i] = Texts.clean(value.toString());
            } else {
                texts[i] = cell == null || cell.getRawValue() == null ? "" : Texts.clean(cell.getRawValue());
            }
        }
        return new SourceRow(row.getRowNum(), texts, numbers);
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static String formatDate(BigDecimal serial, boolean date1904) {
        try {
            LocalDate day = StatementDates.fromNumber(serial, date1904, "");
            BigDecimal fraction = serial.subtract(serial.setScale(0, RoundingMode.FLOOR));
            if (fraction.signum() == 0) {
                return DAY.format(day);
            }
            long seconds = fraction.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
            return DAY.format(day) + " " + TIME.format(LocalTime.ofSecondOfDay(Math.min(seconds, 86_399)));
        } catch (BadCell notADate) {
            return plain(serial);
        }
    }

    /**
     * Whether a number cell is shown as a date or time: Excel's built-in date formats, or a format
     * string with day, month, year, hour or second codes outside quoted text and [brackets].
     */
    static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if ("dmyhsDMYHS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Read from memory: nothing to release.
        }
    }
}
