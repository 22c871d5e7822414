package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementReaderCsvTest {

    private final StatementReader reader = new StatementReader();

    /** A Vietcombank export as it is downloaded: title rows, the header, transactions, totals. */
    static final String VIETCOMBANK = """
            NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,
            SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT,,,,,
            Số tài khoản: 0071000123456,,,,,
            "Từ ngày 01/03/2024 đến ngày 31/03/2024",,,,,
            ,,,,,
            Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả
            01/03/2024,5243.65937,,"1,500,000","6,500,000",NGUYEN VAN A chuyen tien ung ho Quy Bao tro tre em
            02/03/2024,5243.65938,"99,000",,"6,401,000",Phi dich vu SMS Banking
            03/03/2024 10:15:00,5243.65939,,"300,000","6,701,000","Trần Thị Bình, ủng hộ trẻ em Đắk Lắk"
            ,,,,,
            Tổng cộng,,"99,000","1,800,000",,
            Số dư cuối kỳ,,,,"6,701,000",
            """;

    private StatementFile read(byte[] bytes, StatementLayout layout) {
        return reader.read(new ByteArrayInputStream(bytes), "sao-ke.csv", layout, null);
    }

    private StatementFile read(String text, StatementLayout layout) {
        return read(text.getBytes(StandardCharsets.UTF_8), layout);
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
    void a_vietcombank_export_gives_its_credits_after_the_title_rows_and_counts_the_rest() {
        StatementFile file = read(VIETCOMBANK, StatementLayout.VIETCOMBANK);

        assertThat(file.credits()).extracting(StatementLine::lineNumber, StatementLine::bookedOn, StatementLine::amount,
                StatementLine::bankReference, StatementLine::balance).containsExactly(
                tuple(7, LocalDate.of(2024, 3, 1), Money.vnd(1_500_000), "5243.65937", Money.vnd(6_500_000)),
                tuple(9, LocalDate.of(2024, 3, 3), Money.vnd(300_000), "5243.65939", Money.vnd(6_701_000)));
        assertThat(file.credits().get(1).note()).isEqualTo("Trần Thị Bình, ủng hộ trẻ em Đắk Lắk");
        assertThat(file.problems()).isEmpty();
        assertThat(file.debitLines()).isEqualTo(1);
        assertThat(file.blankLines()).isEqualTo(1);
        assertThat(file.nonTransactionLines()).isEqualTo(2);
        assertThat(file.headerLineNumber()).isEqualTo(6);
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.format()).isEqualTo(StatementFormat.CSV);
        assertThat(file.layout()).isEqualTo(StatementLayout.VIETCOMBANK);
        assertThat(file.totalCredits()).isEqualTo(Money.vnd(1_800_000));
    }

    @Test
    void each_preset_reads_the_header_its_bank_writes() {
        String row = "01/03/2024";
        assertThat(read("Ngày hiệu lực,Mô tả,Ghi nợ,Ghi có,Số dư\n01/03/2024,Ung ho,,500.000,1.000.000\n",
                StatementLayout.BIDV).credits()).hasSize(1);
        assertThat(read("Ngày hiệu lực;Số tiền;Mô tả\n" + row + ";-20.000;Phi\n" + row + ";500.000;Ung ho\n",
                StatementLayout.BIDV).credits()).extracting(StatementLine::amount).containsExactly(Money.vnd(500_000));
        assertThat(read("\"Ngày phát sinh / Transaction date\",\"Mô tả giao dịch / Transaction description\","
                + "\"Nợ / Debit\",\"Có / Credit\",\"Số dư TK / Account balance\",\"Số giao dịch / Transaction number\"\n"
                + row + ",Ung ho,,500.000,1.000.000,FT123\n", StatementLayout.VIETINBANK).credits())
                .extracting(StatementLine::bankReference).containsExactly("FT123");
        assertThat(read("\"Ngày giao dịch\nTransaction Date\",\"Đối tác\nRemitter\",\"Diễn giải\nDetails\","
                + "\"Số bút toán\nTransaction No\",\"Nợ\nDebit\",\"Có\nCredit\",\"Số dư\nBalance\"\n"
                + row + ",NGUYEN VAN A,Ung ho,FT24061,0,500000,1000000\n", StatementLayout.TECHCOMBANK).credits())
                .extracting(StatementLine::counterpartyName, StatementLine::amount)
                .containsExactly(tuple("NGUYEN VAN A", Money.vnd(500_000)));
        assertThat(read("STT,Ngày giao dịch/Transaction date,Tài khoản đối ứng,Tên tài khoản đối ứng,"
                + "Phát sinh nợ/Debit,Phát sinh có/Credit,Số dư/Balance,Nội dung/Description\n"
                + "1," + row + ",0123456789,TRAN THI B,,500.000,1.000.000,Ung ho\n", StatementLayout.MB_BANK).credits())
                .extracting(StatementLine::counterpartyAccount, StatementLine::counterpartyName)
                .containsExactly(tuple("0123456789", "TRAN THI B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void the_separator_is_found_from_the_header_row(String separator) {
        String text = String.join(separator, "Ngày giao dịch", "Số tiền ghi có", "Mô tả") + "\n"
                + String.join(separator, "01/03/2024", "\"1.500.000,00\"", "\"Ung ho, quy; tre em\"") + "\n";
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.credits()).extracting(StatementLine::amount, StatementLine::note)
                .containsExactly(tuple(Money.vnd(1_500_000), "Ung ho, quy; tre em"));
    }

    @Test
    void an_excel_sep_line_names_the_separator() {
        StatementFile file = read("sep=;\nNgày giao dịch;Số tiền ghi có;Mô tả\n01/03/2024;1,500,000;A, B, C, D, E\n",
                StatementLayout.VIETCOMBANK);
        assertThat(file.credits()).extracting(StatementLine::amount).containsExactly(Money.vnd(1_500_000));
        assertThat(file.headerLineNumber()).isEqualTo(2);
    }

    @Test
    void line_numbers_are_where_each_record_starts_even_after_quoted_line_breaks() {
        String text = "Ngày giao dịch;Số tham chiếu;Số tiền ghi có;Số tiền ghi nợ;Mô tả\r\n"
                + "01/03/2024;FT1;1.000.000;;\"Ung ho\r\nquy tre em\"\r\n"
                + "02/03/2024;FT2;abc;;Bad amount\r\n"
                + "\"03/03/2024\";FT3;2.000.000;;\"Note with ; separator\nand \"\"quotes\"\"\nover three lines\"\r\n"
                + "04/03/2024;FT4;;;no amount\r\n";
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.credits()).extracting(StatementLine::lineNumber, StatementLine::note).containsExactly(
                tuple(2, "Ung ho\r\nquy tre em"),
                tuple(5, "Note with ; separator\nand \"quotes\"\nover three lines"));
        assertThat(file.problems()).extracting(LineProblem::lineNumber, LineProblem::messageKey, LineProblem::args)
                .containsExactly(
                        tuple(4, "statements.line.invalid-amount", List.of("abc")),
                        tuple(8, "statements.line.missing-amount", List.of()));
    }

    @Test
    void bad_lines_are_reported_one_by_one_and_reading_goes_on() {
        String text = """
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả
                31/02/2024,,100.000,,Ngay sai
                ,,100.000,,Khong co ngay
                01/03/2024,,"1.500.000,50",,Le dong
                01/03/2024,"50.000","100.000",,Ca no va co
                01/03/2024,,"-100.000",,Co am
                01/03/2024,,"100.000",abc,So du sai
                01/03/2024,,100.000
                01/03/2024,,"200.000",,Dong tot
                """;
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.problems()).extracting(LineProblem::lineNumber, LineProblem::messageKey, LineProblem::args)
                .containsExactly(
                        tuple(2, "statements.line.invalid-date", List.of("31/02/2024")),
                        tuple(3, "statements.line.missing-date", List.of()),
                        tuple(4, "statements.line.amount-fraction", List.of("1.500.000,50")),
                        tuple(5, "statements.line.credit-and-debit", List.of("100.000", "50.000")),
                        tuple(6, "statements.line.negative-credit", List.of("-100.000")),
                        tuple(7, "statements.line.invalid-balance", List.of("abc")),
                        tuple(8, "statements.line.missing-cells", List.of("Mô tả")));
        assertThat(file.credits()).extracting(StatementLine::lineNumber).containsExactly(9);
        assertThat(file.problems().getFirst().arguments()).containsExactly("31/02/2024");
    }

    @Test
    void amounts_in_one_signed_column_are_credits_when_positive_and_counted_debits_when_negative() {
        StatementLayout signed = StatementLayout.BIDV;
        String text = """
                Ngày giao dịch,Số tiền,Mô tả
                01/03/2024,"1.500.000",a
                01/03/2024,"-1.500.000",b
                01/03/2024,"(1.500.000)",c
                01/03/2024,"+1.500.000 VND",d
                01/03/2024,"1 500 000 đ",e
                01/03/2024,"1,500,000.00",f
                01/03/2024,1500000,g
                01/03/2024,0,h
                """;
        StatementFile file = read(text, signed);
        assertThat(file.credits()).extracting(StatementLine::note).containsExactly("a", "d", "e", "f", "g");
        assertThat(file.credits()).extracting(StatementLine::amount).containsOnly(Money.vnd(1_500_000));
        assertThat(file.debitLines()).isEqualTo(2);
        assertThat(file.problems()).extracting(LineProblem::lineNumber, LineProblem::messageKey)
                .containsExactly(tuple(9, "statements.line.missing-amount"));
    }

    @Test
    void debits_written_with_a_minus_and_zeros_or_dashes_on_the_other_side_are_read() {
        String text = """
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Mô tả
                01/03/2024,"-99,000",0,phi
                01/03/2024,0,"500,000",ung ho
                01/03/2024,-,"600,000",ung ho 2
                """;
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.debitLines()).isEqualTo(1);
        assertThat(file.credits()).extracting(StatementLine::amount).containsExactly(Money.vnd(500_000), Money.vnd(600_000));
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void dates_are_read_in_the_forms_banks_write_them() {
        String text = """
                Ngày giao dịch,Số tiền ghi có,Mô tả
                05/03/2024,1,a
                5/3/2024,1,b
                05-03-2024,1,c
                2024-03-05,1,d
                05/03/2024 10:30,1,e
                05/03/2024 10:30:45,1,f
                05/03/202410:30:45,1,g
                2024-03-05 10:30:45,1,h
                """;
        assertThat(read(text, StatementLayout.VIETCOMBANK).credits()).extracting(StatementLine::bookedOn)
                .hasSize(8).containsOnly(LocalDate.of(2024, 3, 5));
    }

    @Test
    void text_that_looks_like_a_formula_is_kept_as_written() {
        String text = """
                Ngày giao dịch,Số tiền ghi có,Mô tả,Tên đối ứng,Tài khoản đối ứng,Số tham chiếu
                01/03/2024,100000,"=HYPERLINK(""http://x"",""ung ho"")",+84 912 345 678,-0071000123456,@SUM(A1)
                01/03/2024,100000,"  =1+1  ",=cmd|' /C calc'!A0,'0123,-
                """;
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.credits()).extracting(StatementLine::note, StatementLine::counterpartyName,
                StatementLine::counterpartyAccount, StatementLine::bankReference).containsExactly(
                tuple("=HYPERLINK(\"http://x\",\"ung ho\")", "+84 912 345 678", "-0071000123456", "@SUM(A1)"),
                tuple("=1+1", "=cmd|' /C calc'!A0", "'0123", "-"));
    }

    @Test
    void summary_and_balance_rows_are_not_transactions_but_a_corporation_s_gift_is() {
        String text = """
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả
                ,,,"5.000.000",Số dư đầu kỳ / Opening balance
                01/03/2024,,"1.000.000",,Tổng công ty Điện lực ủng hộ
                Total,"0","1.000.000",,
                "Cộng phát sinh:",,"1.000.000",,
                31/03/2024,,,"6.000.000",Số dư cuối kỳ
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả
                Transaction Date,Debit,Credit,Balance,Description
                Người lập biểu,,,,Kế toán trưởng
                """;
        StatementFile file = read(text, StatementLayout.VIETCOMBANK);
        assertThat(file.credits()).extracting(StatementLine::note).containsExactly("Tổng công ty Điện lực ủng hộ");
        assertThat(file.nonTransactionLines()).isEqualTo(7);
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void encodings_are_detected_and_the_text_is_nfc() {
        String text = VIETCOMBANK;
        Function<byte[], StatementFile> readBytes = bytes -> read(bytes, StatementLayout.VIETCOMBANK);
        for (byte[] bytes : List.of(TestText.utf8(text), TestText.utf8WithBom(text), TestText.utf16LeWithBom(text),
                TestText.utf16BeWithBom(text), TestText.windows1258(text), TestText.tcvn3(text))) {
            StatementFile file = readBytes.apply(bytes);
            assertThat(file.credits()).hasSize(2);
            assertThat(file.credits().get(1).note()).isEqualTo("Trần Thị Bình, ủng hộ trẻ em Đắk Lắk");
        }
        assertThat(readBytes.apply(TestText.windows1258(text)).encoding()).isEqualTo("windows-1258");
        assertThat(readBytes.apply(TestText.tcvn3(text)).encoding()).isEqualTo("TCVN3");
        assertThat(readBytes.apply(TestText.utf16LeWithBom(text)).encoding()).isEqualTo("UTF-16LE");
        assertThat(readBytes.apply(TestText.utf16BeWithBom(text)).encoding()).isEqualTo("UTF-16BE");
        assertThat(readBytes.apply(TestText.utf8WithBom(text)).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16_that_breaks_off_in_the_middle_of_a_character_is_refused_as_unreadable() {
        byte[] text = TestText.utf16LeWithBom("Ngày giao dịch,Số tiền ghi có,Mô tả\n01/03/2024,100,");
        byte[] broken = TestText.concat(text, new byte[] {0x00, (byte) 0xD8, 'x', 0});
        assertThat(keyOf(() -> read(broken, StatementLayout.VIETCOMBANK))).isEqualTo("statements.error.unreadable-encoding");
    }

    @Test
    void a_file_without_the_layout_s_columns_says_which_are_missing() {
        UserFacingException refused = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> read("Ngày giao dịch,Số tiền ghi có,Ghi chú\n01/03/2024,100,x\n", StatementLayout.VIETCOMBANK));
        assertThat(refused.messageKey()).isEqualTo("statements.error.missing-columns");
        assertThat(refused.arguments()).containsExactly("sao-ke.csv", "“Mô tả”", "Vietcombank");

        UserFacingException signed = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> read("Ngày hiệu lực,Mô tả,Nợ\n", StatementLayout.BIDV));
        assertThat(signed.arguments()).containsExactly("sao-ke.csv", "“Ghi có” / “Số tiền”", "BIDV");
    }

    @Test
    void the_header_must_be_within_the_first_fifty_rows() {
        String header = "Ngày giao dịch,Số tiền ghi có,Mô tả\n01/03/2024,100,x\n";
        assertThat(read("title\n".repeat(49) + header, StatementLayout.VIETCOMBANK).credits()).hasSize(1);
        assertThat(keyOf(() -> read("title\n".repeat(50) + header, StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.missing-columns");
    }

    @Test
    void a_quote_left_open_refuses_the_file_at_the_line_it_opens() {
        String text = "Ngày giao dịch,Số tiền ghi có,Mô tả\n01/03/2024,100,ok\n01/03/2024,100,\"never closed\n"
                + "01/03/2024,100,swallowed\n";
        UserFacingException refused = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> read(text, StatementLayout.VIETCOMBANK));
        assertThat(refused.messageKey()).isEqualTo("statements.error.malformed-csv");
        assertThat(refused.arguments()).containsExactly("sao-ke.csv", "3");
    }

    @Test
    void empty_binary_and_other_files_are_refused_by_their_content() {
        assertThat(keyOf(() -> read(new byte[0], StatementLayout.VIETCOMBANK))).isEqualTo("statements.error.empty-file");
        assertThat(keyOf(() -> read(TestText.utf8WithBom(" \r\n\r\n"), StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.empty-file");
        assertThat(keyOf(() -> read("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.unsupported-file");
        assertThat(keyOf(() -> read("<html><body><table><tr><td>Ngày</td></tr></table>", StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.unsupported-file");
        assertThat(keyOf(() -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1, 0, 0}, StatementLayout.VIETCOMBANK))).isEqualTo("statements.error.old-excel");
        assertThat(keyOf(() -> read(new byte[] {'P', 'K', 5, 6, 0, 0}, StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.unsupported-file");
        assertThat(keyOf(() -> read(new byte[] {1, 2, 3, 0, 5, 6}, StatementLayout.VIETCOMBANK)))
                .isEqualTo("statements.error.unsupported-file");
    }

    @Test
    void a_file_named_csv_that_is_a_workbook_is_read_as_a_workbook() {
        byte[] workbook = TestWorkbook.with("Sheet1", List.of(TestWorkbook.row("Ngày giao dịch", "Số tiền ghi có", "Mô tả"),
                TestWorkbook.row("01/03/2024", 100_000, "ung ho"))).bytes();
        StatementFile file = reader.read(new ByteArrayInputStream(workbook), "sao-ke.csv", StatementLayout.VIETCOMBANK, null);
        assertThat(file.format()).isEqualTo(StatementFormat.XLSX);
        assertThat(file.credits()).hasSize(1);
    }

    @Test
    void a_file_one_byte_over_the_limit_is_refused_without_reading_further() {
        CountingStream endless = new CountingStream();
        assertThat(keyOf(() -> reader.read(endless, "big.csv", StatementLayout.VIETCOMBANK, null)))
                .isEqualTo("statements.error.too-large");
        assertThat(endless.served).isEqualTo(StatementReader.MAX_BYTES + 1L);
    }

    @Test
    void a_file_of_exactly_the_limit_is_read() {
        byte[] file = generated(StatementReader.MAX_BYTES);
        assertThat(file).hasSize(StatementReader.MAX_BYTES);
        StatementFile read = read(file, StatementLayout.VIETCOMBANK);
        assertThat(read.problems()).isEmpty();
        assertThat(read.credits()).hasSizeGreaterThan(400_000);
    }

    @Test
    void a_hundred_thousand_lines_are_read_correctly() {
        StringBuilder text = new StringBuilder("Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Số dư;Mô tả\n");
        long balance = 0;
        long credited = 0;
        for (int i = 1; i <= 100_000; i++) {
            boolean debit = i % 10 == 0;
            long amount = 10_000L * (i % 97 + 1);
            balance += debit ? -amount : amount;
            credited += debit ? 0 : amount;
            String quoted = "\"" + grouped(amount) + "\"";
            text.append(two(i % 28 + 1)).append("/03/2024 ").append(two(i % 24)).append(':').append(two(i % 60))
                    .append(":00;FT24").append(String.valueOf(100_000_000 + i).substring(1)).append(';')
                    .append(debit ? quoted : "").append(';').append(debit ? "" : quoted).append(";\"")
                    .append(grouped(balance)).append("\";\"Nguyễn Văn ").append(i).append(" ủng hộ; quỹ trẻ em\"\n");
        }
        StatementFile file = read(text.toString(), StatementLayout.VIETCOMBANK);
        assertThat(file.problems()).isEmpty();
        assertThat(file.credits()).hasSize(90_000);
        assertThat(file.debitLines()).isEqualTo(10_000);
        assertThat(file.totalCredits()).isEqualTo(Money.vnd(credited));
        assertThat(file.credits().getLast()).extracting(StatementLine::lineNumber, StatementLine::bankReference,
                StatementLine::note, StatementLine::balance).containsExactly(100_000, "FT2400099999",
                "Nguyễn Văn 99999 ủng hộ; quỹ trẻ em", Money.vnd(balance + 10_000L * (100_000 % 97 + 1)));
    }

    @Test
    void progress_goes_from_zero_to_one_forwards_in_at_most_a_hundred_steps() {
        List<Double> reported = new ArrayList<>();
        reader.read(new ByteArrayInputStream(generated(2_000_000)), "f.csv", StatementLayout.VIETCOMBANK, reported::add);
        assertThat(reported.getFirst()).isZero();
        assertThat(reported.getLast()).isEqualTo(1.0);
        assertThat(reported).isSorted().hasSizeBetween(10, 102);
    }

    /** A Vietcombank CSV of exactly {@code size} bytes. */
    static byte[] generated(int size) {
        byte[] header = "Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[size];
        System.arraycopy(header, 0, file, 0, header.length);
        int at = header.length;
        StringBuilder line = new StringBuilder(100);
        for (int i = 1;; i++) {
            line.setLength(0);
            line.append(two(i % 28 + 1)).append("/03/2024,FT24").append(i).append(",,\"").append(grouped(10_000L * (i % 97 + 1)))
                    .append("\",Nguyen Van ").append(i).append(" ung ho quy bao tro tre em\r\n");
            if (at + line.length() + 64 > size) {
                break;
            }
            for (int k = 0; k < line.length(); k++) {
                file[at++] = (byte) line.charAt(k);
            }
        }
        byte[] last = "01/03/2024,LAST,,\"1,000\",".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(last, 0, file, at, last.length);
        at += last.length;
        while (at < size) {
            file[at++] = 'x';
        }
        return file;
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** 1234567 as "1,234,567", whatever the default locale. */
    private static String grouped(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }

    /** An endless stream of spaces that counts what it serves. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            served += length;
            return length;
        }
    }
}
