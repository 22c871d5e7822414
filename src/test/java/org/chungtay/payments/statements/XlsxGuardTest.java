package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chungtay.payments.statements.TestWorkbook.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chungtay.shared.UserFacingException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Workbooks built to hurt the reader: fastexcel has no limits of its own (the first test shows it), so
 * {@link XlsxGuard} must refuse them before fastexcel sees them.
 */
class XlsxGuardTest {

    private final StatementReader reader = new StatementReader();

    private UserFacingException refusal(byte[] workbook) {
        try {
            reader.read(new ByteArrayInputStream(workbook), "bomb.xlsx", StatementLayout.VIETCOMBANK, null);
        } catch (UserFacingException refused) {
            return refused;
        }
        throw new AssertionError("The workbook was read");
    }

    @Test
    void fastexcel_alone_inflates_whatever_a_workbook_holds() throws IOException {
        int twentyMebibytes = 20 << 20;
        byte[] bomb = TestWorkbook.bomb(twentyMebibytes);
        assertThat(bomb.length).isLessThan(100_000);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bomb))) {
            Row first = workbook.getFirstSheet().openStream().findFirst().orElseThrow();
            assertThat(first.getCellText(0)).hasSize(twentyMebibytes);
        }
    }

    @Test
    void a_zip_bomb_is_refused_while_it_inflates() {
        long zeros = 300L << 20;
        byte[] bomb = TestWorkbook.bomb(zeros);
        assertThat(bomb.length).isLessThan(1_000_000);
        long start = System.nanoTime();
        UserFacingException refused = refusal(bomb);
        assertThat(refused.messageKey()).isEqualTo("statements.error.xlsx-inflates-too-much");
        assertThat(refused.arguments()).containsExactly("bomb.xlsx", 200L);
        assertThat(System.nanoTime() - start).as("refused in seconds, not after inflating it all").isLessThan(20_000_000_000L);
    }

    @Test
    void a_zip_bomb_that_declares_small_sizes_is_refused_all_the_same() {
        byte[] bomb = TestWorkbook.bomb(300L << 20);
        int patched = declareSize(bomb, "xl/worksheets/sheet1.xml", 1_000);
        assertThat(patched).isEqualTo(1);
        assertThat(refusal(bomb).messageKey()).isEqualTo("statements.error.xlsx-inflates-too-much");
    }

    @Test
    void a_workbook_of_a_thousand_and_one_parts_is_refused_before_they_are_listed() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (int i = 0; i <= StatementReader.MAX_ZIP_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                out.closeEntry();
            }
        }
        assertThat(XlsxGuard.centralDirectoryEntries(zip.toByteArray())).isEqualTo(StatementReader.MAX_ZIP_ENTRIES + 1L);
        assertThat(refusal(zip.toByteArray()).messageKey()).isEqualTo("statements.error.xlsx-too-many-parts");
    }

    @Test
    void a_cell_beyond_column_zz_is_refused_before_fastexcel_builds_a_row_that_wide() {
        byte[] workbook = TestWorkbook.with("S", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"))).bytes();
        byte[] wide = replace(workbook, "xl/worksheets/sheet1.xml",
                "<row r=\"2\"><c r=\"ZZZZ2\"><v>1</v></c></row></sheetData>");
        assertThat(refusal(wide).messageKey()).isEqualTo("statements.error.xlsx-too-wide");
    }

    @Test
    void the_sheet_scanner_counts_rows_with_or_without_a_namespace_prefix_and_reads_cell_references() {
        XlsxGuard.SheetScanner scanner = new XlsxGuard.SheetScanner("f.xlsx");
        byte[] xml = ("<x:worksheet><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
                + "<row r='2' spans=\"1:2\"><c s=\"1\" r='ZZ2'/></row><row/><rowBreaks/></x:sheetData>").getBytes(StandardCharsets.UTF_8);
        for (byte b : xml) {
            scanner.feed(new byte[] {b}, 1);
        }
        assertThat(scanner.rows).isEqualTo(3);
    }

    /** Rewrites the sizes the central directory declares for one entry, as a bomb maker would. */
    private static int declareSize(byte[] zip, String name, int size) {
        int patched = 0;
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2) {
                int nameLength = (zip[at + 28] & 0xFF) | (zip[at + 29] & 0xFF) << 8;
                if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(name) && nameLength == wanted.length) {
                    zip[at + 24] = (byte) size;
                    zip[at + 25] = (byte) (size >> 8);
                    zip[at + 26] = (byte) (size >> 16);
                    zip[at + 27] = (byte) (size >> 24);
                    patched++;
                }
            }
        }
        return patched;
    }

    /** The workbook with one part's {@code </sheetData>} replaced, rezipped. */
    private static byte[] replace(byte[] workbook, String part, String sheetDataEnd) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = new String(content, StandardCharsets.UTF_8).replace("</sheetData>", sheetDataEnd)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return zip.toByteArray();
    }
}
