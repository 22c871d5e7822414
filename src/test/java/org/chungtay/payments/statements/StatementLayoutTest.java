package org.chungtay.payments.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatementLayoutTest {

    @Test
    void the_five_banks_are_built_in() {
        assertThat(StatementLayout.presets()).extracting(StatementLayout::name)
                .containsExactly("Vietcombank", "VietinBank", "BIDV", "Techcombank", "MB Bank");
    }

    @Test
    void every_preset_survives_its_stored_form() {
        for (StatementLayout preset : StatementLayout.presets()) {
            assertThat(StatementLayout.fromProperties(preset.toProperties())).isEqualTo(preset);
            assertThat(StatementLayout.fromText(preset.toText())).isEqualTo(preset);
        }
    }

    @Test
    void a_fund_s_own_layout_with_awkward_names_survives_its_stored_form() {
        StatementLayout own = StatementLayout.of("  Quỹ tỉnh Đắk Lắk | BIDV chi nhánh \\ 2 ", Map.of(
                StatementColumn.DATE, List.of("Ngày | giờ", " Ngày GD\nTransaction date"),
                StatementColumn.AMOUNT, List.of("Số tiền\\VND", "#amount", "=SUM"),
                StatementColumn.NOTE, List.of("Nội dung: chi tiết", " leading space")));
        assertThat(own.name()).isEqualTo("Quỹ tỉnh Đắk Lắk | BIDV chi nhánh \\ 2");
        assertThat(own.date()).containsExactly("Ngày | giờ", "Ngày GD\nTransaction date");
        assertThat(StatementLayout.fromProperties(own.toProperties())).isEqualTo(own);
        assertThat(StatementLayout.fromText(own.toText())).isEqualTo(own);
        assertThat(own.toProperties()).containsEntry("amount", "Số tiền\\\\VND|#amount|=SUM").doesNotContainKey("credit");
    }

    @Test
    void a_preset_saved_under_a_fund_s_name_keeps_its_columns() {
        StatementLayout copy = StatementLayout.BIDV.withName("BIDV Quảng Nam");
        assertThat(copy.name()).isEqualTo("BIDV Quảng Nam");
        assertThat(copy.withName("BIDV")).isEqualTo(StatementLayout.BIDV);
    }

    @Test
    void a_layout_needs_a_date_a_note_and_money_in() {
        assertThatThrownBy(() -> StatementLayout.of("x", Map.of(StatementColumn.NOTE, List.of("Mô tả"),
                StatementColumn.CREDIT, List.of("Có")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementLayout.of("x", Map.of(StatementColumn.DATE, List.of("Ngày"),
                StatementColumn.NOTE, List.of("Mô tả"), StatementColumn.DEBIT, List.of("Nợ"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementLayout.of(" ", Map.of(StatementColumn.DATE, List.of("Ngày"),
                StatementColumn.NOTE, List.of("Mô tả"), StatementColumn.CREDIT, List.of("Có"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementLayout.fromText("name=x\ndate=Ngày\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_column_has_a_label_key_for_the_mapping_screen() {
        assertThat(StatementColumn.COUNTERPARTY_ACCOUNT.labelKey()).isEqualTo("statements.column.counterparty-account");
        for (StatementColumn column : StatementColumn.values()) {
            assertThat(StatementLayout.VIETCOMBANK.names(column)).isNotNull();
        }
    }
}
