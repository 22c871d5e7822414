package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chungtay.payments.statements.TestWorkbook.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class StatementReaderXlsxTest {

    private static final LocalDate MARCH_FIRST = LocalDate.of(2024, 3, 1);

    private final StatementReader reader = new StatementReader();

    private StatementFile read(byte[] workbook, StatementLayout layout) {
        return reader.read(new ByteArrayInputStream(workbook), "sao-ke.xlsx", layout, null);
    }

    private static String keyOf(Runnable reading) {
        try {
            reading.run();
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
        throw new AssertionError("The file was read");
    }

    @Test
    void a_workbook_with_date_cells_number_cells_and_text_gives_its_credits_with_their_row_numbers() {
        byte[] workbook = TestWorkbook.with("Sao kê", java.util.Arrays.asList(
                row("NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM"),
                row("Số tài khoản:", new TestWorkbook.Shared("0071000123456")),
                row(),
                row(new TestWorkbook.Shared("Ngày giao dịch"), "Số tham chiếu", "Số tiền ghi nợ", "Số tiền ghi có", "Số dư",
                        new TestWorkbook.Shared("Mô tả")),
                row(MARCH_FIRST, 5243.65937, null, 1_500_000, 6_500_000, "NGUYEN VAN A ung ho"),
                row(MARCH_FIRST, "5243.65938", 99_000, null, 6_401_000, new TestWorkbook.Shared("Phi SMS")),
                row("02/03/2024", "FT1", "", "300.000", "6.701.000", "Trần Thị Bình ủng hộ"),
                row(LocalDate.of(2024, 3, 3), "FT2", null, new BigDecimal("250000.00"), null, "=SUM(A1:A3)"),
                row(LocalDate.of(2024, 3, 3), "FT3", null, new BigDecimal("1500000.5"), null, "le"),
                null,
                row("Tổng cộng", null, 99_000, 2_050_000)))
                .bytes();

        StatementFile file = read(workbook, StatementLayout.VIETCOMBANK);

        assertThat(file.credits()).extracting(StatementLine::lineNumber, StatementLine::bookedOn, StatementLine::amount,
                StatementLine::bankReference, StatementLine::balance, StatementLine::note).containsExactly(
                tuple(5, MARCH_FIRST, Money.vnd(1_500_000), "5243.65937", Money.vnd(6_500_000), "NGUYEN VAN A ung ho"),
                tuple(7, LocalDate.of(2024, 3, 2), Money.vnd(300_000), "FT1", Money.vnd(6_701_000), "Trần Thị Bình ủng hộ"),
                tuple(8, LocalDate.of(2024, 3, 3), Money.vnd(250_000), "FT2", null, "=SUM(A1:A3)"));
        assertThat(file.problems()).extracting(LineProblem::lineNumber, LineProblem::messageKey, LineProblem::args)
                .containsExactly(tuple(9, "statements.line.amount-fraction", List.of("1500000.5")));
        assertThat(file.debitLines()).isEqualTo(1);
        assertThat(file.nonTransactionLines()).isEqualTo(1);
        assertThat(file.headerLineNumber()).isEqualTo(4);
        assertThat(file.format()).isEqualTo(StatementFormat.XLSX);
        assertThat(file.encoding()).isNull();
    }

    @Test
    void a_formula_is_never_evaluated_its_saved_value_is_read() {
        byte[] workbook = TestWorkbook.with("S", List.of(
                row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"),
                row(MARCH_FIRST, new TestWorkbook.Formula("1000*1000", "1000000"), new TestWorkbook.Formula("\"=\"&\"x\"", "=x"))))
                .bytes();
        assertThat(read(workbook, StatementLayout.VIETCOMBANK).credits())
                .extracting(StatementLine::amount, StatementLine::note).containsExactly(tuple(Money.vnd(1_000_000), "=x"));
    }

    @Test
    void dates_of_a_workbook_made_in_the_1904_date_system_are_read() {
        byte[] workbook = TestWorkbook.with("S", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"),
                row(MARCH_FIRST, 100, "x"))).date1904().bytes();
        assertThat(read(workbook, StatementLayout.VIETCOMBANK).credits()).extracting(StatementLine::bookedOn)
                .containsExactly(MARCH_FIRST);
    }

    @Test
    void the_header_is_looked_for_in_each_visible_sheet_in_turn() {
        byte[] workbook = new TestWorkbook()
                .sheet("Thông tin", List.of(row("Quỹ Bảo trợ trẻ em"), row("Tài khoản", "0071000123456")))
                .hidden("Ẩn", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"), row(MARCH_FIRST, 1, "hidden")))
                .sheet("Giao dịch", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"), row(MARCH_FIRST, 2, "shown")))
                .bytes();
        assertThat(read(workbook, StatementLayout.VIETCOMBANK).credits()).extracting(StatementLine::note)
                .containsExactly("shown");
    }

    @Test
    void empty_trailing_cells_of_a_row_are_empty_not_missing() {
        byte[] workbook = TestWorkbook.with("S", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Số tham chiếu", "Mô tả"),
                row(MARCH_FIRST, 500_000))).bytes();
        assertThat(read(workbook, StatementLayout.VIETCOMBANK).credits()).extracting(StatementLine::note,
                StatementLine::bankReference).containsExactly(tuple("", null));
    }

    @Test
    void a_workbook_without_the_columns_says_which_are_missing() {
        byte[] workbook = TestWorkbook.with("S", List.of(row("Ngày", "Ghi chú"))).bytes();
        UserFacingException refused = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> read(workbook, StatementLayout.VIETCOMBANK));
        assertThat(refused.messageKey()).isEqualTo("statements.error.missing-columns");
        assertThat(refused.arguments()[1]).isEqualTo("“Số tiền ghi có”, “Mô tả”");
    }

    @Test
    void a_zip_that_is_not_a_workbook_and_a_damaged_workbook_are_refused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(keyOf(() -> read(zip.toByteArray(), StatementLayout.VIETCOMBANK))).isEqualTo("statements.error.unsupported-file");

        byte[] workbook = TestWorkbook.with("S", List.of(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"))).bytes();
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(keyOf(() -> read(cut, StatementLayout.VIETCOMBANK))).isEqualTo("statements.error.damaged-xlsx");
    }

    @Test
    void progress_covers_the_check_and_the_rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"));
        for (int i = 0; i < 5_000; i++) {
            rows.add(row(MARCH_FIRST, 1_000 + i, "ung ho " + i));
        }
        List<Double> reported = new ArrayList<>();
        StatementFile file = reader.read(new ByteArrayInputStream(TestWorkbook.with("S", rows).bytes()), "s.xlsx",
                StatementLayout.VIETCOMBANK, reported::add);
        assertThat(file.credits()).hasSize(5_000);
        assertThat(reported.getFirst()).isZero();
        assertThat(reported.getLast()).isEqualTo(1.0);
        assertThat(reported).isSorted().hasSizeBetween(50, 102);
    }

    @Test
    void fastexcel_reads_rows_of_the_test_workbooks_as_excel_would() throws IOException {
        byte[] workbook = TestWorkbook.with("S", List.of(row("a", new TestWorkbook.Shared("b")), row(MARCH_FIRST, 12))).bytes();
        try (ReadableWorkbook excel = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<Row> rows = excel.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("b");
            assertThat(rows.get(1).getCellAsDate(0)).hasValueSatisfying(date -> assertThat(date.toLocalDate()).isEqualTo(MARCH_FIRST));
        }
    }
}
