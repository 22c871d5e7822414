package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    private static HeaderMatcher.Columns match(StatementLayout layout, String... cells) {
        return new HeaderMatcher(layout).match(new SourceRow(7, cells, null));
    }

    @Test
    void header_names_match_whatever_the_case_accents_spaces_and_punctuation() {
        HeaderMatcher.Columns columns = match(StatementLayout.VIETCOMBANK,
                "NGÀY GIAO DỊCH", "so tham chieu", "Số  tiền ghi nợ", "Số tiền ghi có:", "  mô tả ");
        assertThat(columns.complete()).isTrue();
        assertThat(columns.of(StatementColumn.DATE)).isZero();
        assertThat(columns.of(StatementColumn.BANK_REFERENCE)).isEqualTo(1);
        assertThat(columns.of(StatementColumn.DEBIT)).isEqualTo(2);
        assertThat(columns.of(StatementColumn.CREDIT)).isEqualTo(3);
        assertThat(columns.of(StatementColumn.NOTE)).isEqualTo(4);
        assertThat(columns.lineNumber()).isEqualTo(7);
    }

    @Test
    void a_bilingual_cell_matches_either_language() {
        HeaderMatcher.Columns columns = match(StatementLayout.TECHCOMBANK, "Ngày giao dịch\nTransaction Date",
                "Đối tác / Remitter", "NH Đối tác / Remitter Bank", "Diễn giải / Details", "Số bút toán / Transaction No",
                "Nợ/Debit", "Có/Credit", "Số dư/Balance");
        assertThat(columns.complete()).isTrue();
        assertThat(columns.of(StatementColumn.COUNTERPARTY_NAME)).isEqualTo(1);
        assertThat(columns.of(StatementColumn.NOTE)).isEqualTo(3);
        assertThat(columns.of(StatementColumn.BANK_REFERENCE)).isEqualTo(4);
        assertThat(columns.of(StatementColumn.DEBIT)).isEqualTo(5);
        assertThat(columns.of(StatementColumn.CREDIT)).isEqualTo(6);
        assertThat(columns.of(StatementColumn.BALANCE)).isEqualTo(7);
    }

    @Test
    void a_match_with_accents_wins_over_one_without_so_no_is_not_no() {
        StatementLayout layout = StatementLayout.of("own", Map.of(StatementColumn.DATE, List.of("Ngày"),
                StatementColumn.NOTE, List.of("Diễn giải"), StatementColumn.CREDIT, List.of("Có"),
                StatementColumn.DEBIT, List.of("Nợ")));
        HeaderMatcher.Columns columns = match(layout, "No.", "Ngày", "Nợ", "Có", "Diễn giải");
        assertThat(columns.of(StatementColumn.DEBIT)).isEqualTo(2);
        HeaderMatcher.Columns typedWithoutAccents = match(layout, "Ngay", "No", "Co", "Dien giai");
        assertThat(typedWithoutAccents.complete()).isTrue();
        assertThat(typedWithoutAccents.of(StatementColumn.DEBIT)).isEqualTo(1);
    }

    @Test
    void names_are_preferred_in_the_layout_s_order_and_a_cell_serves_one_column() {
        HeaderMatcher.Columns columns = match(StatementLayout.MB_BANK, "Ngày hạch toán", "Ngày giao dịch",
                "Phát sinh có", "Nội dung");
        assertThat(columns.of(StatementColumn.DATE)).isEqualTo(1);
        assertThat(columns.complete()).isTrue();
    }

    @Test
    void a_title_row_is_not_a_header_and_says_what_is_missing() {
        HeaderMatcher.Columns columns = match(StatementLayout.VIETCOMBANK, "Ngày giao dịch", "Từ 01/03/2024");
        assertThat(columns.complete()).isFalse();
        assertThat(columns.missing()).containsExactly(StatementColumn.CREDIT, StatementColumn.NOTE);
    }

    @Test
    void a_part_that_several_cells_share_matches_none_of_them() {
        HeaderMatcher.Columns columns = match(StatementLayout.BIDV, "Ngày giao dịch", "Số tiền (Nợ)", "Số tiền (Có)", "Mô tả");
        assertThat(columns.of(StatementColumn.AMOUNT)).isEqualTo(-1);
        assertThat(columns.complete()).isFalse();
        assertThat(match(StatementLayout.BIDV, "Ngày giao dịch", "Số tiền (VND)", "Mô tả").of(StatementColumn.AMOUNT))
                .isEqualTo(1);
    }
}
