package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chungtay.payments.statements.TestWorkbook.row;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatementSampleTest {

    private final StatementReader reader = new StatementReader();

    private StatementSample sample(byte[] bytes, int rows) {
        return reader.sample(new ByteArrayInputStream(bytes), "f", rows);
    }

    @Test
    void a_known_bank_s_export_is_recognised_and_its_header_and_first_rows_shown() {
        StatementSample sample = sample(StatementReaderCsvTest.VIETCOMBANK.getBytes(StandardCharsets.UTF_8), 2);
        assertThat(sample.suggestedLayout()).isEqualTo(StatementLayout.VIETCOMBANK);
        assertThat(sample.headerLineNumber()).isEqualTo(6);
        assertThat(sample.headers()).containsExactly("Ngày giao dịch", "Số tham chiếu", "Số tiền ghi nợ", "Số tiền ghi có",
                "Số dư", "Mô tả");
        assertThat(sample.rows()).hasSize(2);
        assertThat(sample.rows().getFirst()).startsWith("01/03/2024", "5243.65937", "", "1,500,000");
        assertThat(sample.rowLineNumbers()).containsExactly(7, 8);
        assertThat(sample.separator()).isEqualTo(",");
        assertThat(sample.encoding()).isEqualTo("UTF-8");
        assertThat(sample.format()).isEqualTo(StatementFormat.CSV);
    }

    @Test
    void an_unknown_layout_s_header_is_the_first_full_row_of_text_after_the_title_rows() {
        String text = """
                Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk
                Tài khoản;1234567890
                
                Ngày;Người chuyển;Thành tiền;Lời nhắn;Ghi chú
                01/03/2024;Nguyễn Văn A;1.500.000;Ủng hộ;
                02/03/2024;Trần Thị B;2.000.000;Ủng hộ;x
                03/03/2024;Lê Văn C;3.000.000;Ủng hộ;
                """;
        StatementSample sample = sample(text.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(sample.suggestedLayout()).isNull();
        assertThat(sample.separator()).isEqualTo(";");
        assertThat(sample.headerLineNumber()).isEqualTo(4);
        assertThat(sample.headers()).containsExactly("Ngày", "Người chuyển", "Thành tiền", "Lời nhắn", "Ghi chú");
        assertThat(sample.rows()).hasSize(3);
        assertThat(sample.rowLineNumbers()).containsExactly(5, 6, 7);
    }

    @Test
    void a_file_without_a_recognisable_header_shows_its_first_rows() {
        StatementSample sample = sample(TestText.utf16LeWithBom("01/03/2024\t100\n02/03/2024\t200\n"), 5);
        assertThat(sample.headerLineNumber()).isZero();
        assertThat(sample.headers()).isEmpty();
        assertThat(sample.rows()).containsExactly(List.of("01/03/2024", "100"), List.of("02/03/2024", "200"));
    }

    @Test
    void a_legacy_encoding_and_a_tab_separator_are_reported() {
        byte[] bytes = TestText.tcvn3("Ngày giao dịch\tSố tiền ghi có\tMô tả\n01/03/2024\t100\tủng hộ\n");
        StatementSample sample = sample(bytes, 5);
        assertThat(sample.encoding()).isEqualTo("TCVN3");
        assertThat(sample.separator()).isEqualTo("\t");
        assertThat(sample.rows().getFirst()).containsExactly("01/03/2024", "100", "ủng hộ");
    }

    @Test
    void a_workbook_s_dates_are_shown_as_the_spreadsheet_shows_them() {
        byte[] workbook = new TestWorkbook().sheet("Trống", List.of())
                .sheet("Giao dịch", List.of(row("Thông tin tài khoản"), row("Ngày GD", "Có", "Ghi chú"),
                        row(LocalDate.of(2024, 3, 1), 1_500_000, "=x"))).bytes();
        StatementSample sample = sample(workbook, 5);
        assertThat(sample.format()).isEqualTo(StatementFormat.XLSX);
        assertThat(sample.separator()).isNull();
        assertThat(sample.encoding()).isNull();
        assertThat(sample.headerLineNumber()).isEqualTo(2);
        assertThat(sample.rows()).containsExactly(List.of("01/03/2024", "1500000", "=x"));
    }

    private static final String SACOMBANK = """
            SACOMBANK - SAO KÊ TÀI KHOẢN
            Ngày hạch toán;Số tiền có;Số tiền nợ;Nội dung;Người chuyển
            01/03/2024;500.000;;CT26 ABC ung ho;NGUYEN VAN A
            02/03/2024;;11.000;Phi SMS;
            """;

    private static final StatementLayout MAPPED = StatementLayout.of("Sacombank", Map.of(
            StatementColumn.DATE, List.of("Ngày hạch toán"), StatementColumn.CREDIT, List.of("Số tiền có"),
            StatementColumn.DEBIT, List.of("Số tiền nợ"), StatementColumn.NOTE, List.of("Nội dung"),
            StatementColumn.COUNTERPARTY_NAME, List.of("Người chuyển")));

    @Test
    void a_fund_s_own_layout_is_suggested_when_no_built_in_one_fits_and_reads_the_file() {
        byte[] bytes = SACOMBANK.getBytes(StandardCharsets.UTF_8);
        assertThat(sample(bytes, 5).suggestedLayout()).isNull();

        StatementSample sample = reader.sample(new ByteArrayInputStream(bytes), "f", 5, List.of(MAPPED));

        assertThat(sample.suggestedLayout()).isEqualTo(MAPPED);
        assertThat(sample.headerLineNumber()).isEqualTo(2);
        assertThat(sample.separator()).isEqualTo(";");
        StatementFile read = reader.read(new ByteArrayInputStream(bytes), "f", MAPPED, null);
        assertThat(read.credits()).singleElement().satisfies(credit -> {
            assertThat(credit.note()).isEqualTo("CT26 ABC ung ho");
            assertThat(credit.counterpartyName()).isEqualTo("NGUYEN VAN A");
        });
        assertThat(read.debitLines()).isEqualTo(1);
    }

    @Test
    void a_built_in_layout_that_fits_wins_over_a_fund_s_own() {
        StatementLayout own = StatementLayout.VIETCOMBANK.withName("Của quỹ");
        StatementSample sample = reader.sample(new ByteArrayInputStream(
                StatementReaderCsvTest.VIETCOMBANK.getBytes(StandardCharsets.UTF_8)), "f", 1, List.of(own, MAPPED));
        assertThat(sample.suggestedLayout()).isEqualTo(StatementLayout.VIETCOMBANK);
    }
}
