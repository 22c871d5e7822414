package org.chungtay.payments.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small XLSX workbooks for tests, part by part as Excel writes them, so that tests need no
 * spreadsheet writer. Cells: a String is an inline string, a {@link Shared} a shared string, a Number a
 * number cell, a LocalDate a number cell with Excel's date format 14, a {@link Formula} a formula with
 * its saved value, null an absent cell.
 */
final class TestWorkbook {

    record Shared(String text) {
    }

    record Formula(String formula, String savedText) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final List<String> hidden = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;

    static TestWorkbook with(String sheetName, List<List<Object>> rows) {
        return new TestWorkbook().sheet(sheetName, rows);
    }

    TestWorkbook sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    TestWorkbook hidden(String name, List<List<Object>> rows) {
        hidden.add(name);
        return sheet(name, rows);
    }

    TestWorkbook date1904() {
        date1904 = true;
        return this;
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    byte[] bytes() {
        sharedStrings.clear();
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder overrides = new StringBuilder();
        StringBuilder sheetList = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        int number = 0;
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            number++;
            parts.put("xl/worksheets/sheet" + number + ".xml", sheetXml(sheet.getValue()));
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(number)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheetList.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(number)
                    .append(hidden.contains(sheet.getKey()) ? "\" state=\"hidden" : "")
                    .append("\" r:id=\"rId").append(number).append("\"/>");
            relations.append("<Relationship Id=\"rId").append(number)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(number).append(".xml\"/>");
        }
        relations.append("<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        relations.append("<Relationship Id=\"rIdStrings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + overrides
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        all.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        all.put("xl/workbook.xml", XML + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
                + "<sheets>" + sheetList + "</sheets></workbook>");
        all.put("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relations + "</Relationships>");
        all.put("xl/styles.xml", XML + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/></numFmts>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        all.putAll(parts);
        StringBuilder strings = new StringBuilder(XML + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        sharedStrings.forEach(text -> strings.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>"));
        all.put("xl/sharedStrings.xml", strings + "</sst>");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, String> part : all.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zip.toByteArray();
    }

    private String sheetXml(List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder(XML + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            if (cells == null) {
                continue;
            }
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                String reference = column(c) + (r + 1);
                switch (value) {
                    case null -> { }
                    case String text -> xml.append("<c r=\"").append(reference).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(text)).append("</t></is></c>");
                    case Shared shared -> {
                        sharedStrings.add(shared.text());
                        xml.append("<c r=\"").append(reference).append("\" t=\"s\"><v>").append(sharedStrings.size() - 1).append("</v></c>");
                    }
                    case LocalDate date -> xml.append("<c r=\"").append(reference).append("\" s=\"1\"><v>")
                            .append(ChronoUnit.DAYS.between(date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30), date))
                            .append("</v></c>");
                    case Formula formula -> xml.append("<c r=\"").append(reference).append("\" t=\"str\"><f>")
                            .append(escape(formula.formula())).append("</f><v>").append(escape(formula.savedText())).append("</v></c>");
                    case BigDecimal number -> xml.append("<c r=\"").append(reference).append("\" s=\"2\"><v>")
                            .append(number.toPlainString()).append("</v></c>");
                    case Number number -> xml.append("<c r=\"").append(reference).append("\" s=\"2\"><v>").append(number)
                            .append("</v></c>");
                    default -> throw new IllegalArgumentException("cell " + value);
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /**
     * A workbook whose one sheet has one cell of {@code zeros} bytes of '0', deflated at the highest
     * level: some 250 MiB become a few hundred kilobytes, a zip bomb.
     */
    static byte[] bomb(long zeros) {
        TestWorkbook shell = with("Sao kê", List.of());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(shell.bytes()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    writeBombSheet(out, zeros);
                } else {
                    out.write(part.getValue());
                }
                out.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zip.toByteArray();
    }

    private static void writeBombSheet(OutputStream out, long zeros) throws IOException {
        out.write((XML + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) '0');
        for (long written = 0; written < zeros; written += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, zeros - written));
        }
        out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
}
