package org.chungtay.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;

import org.chungtay.payments.StatementPresetService;
import org.chungtay.payments.statements.StatementColumn;
import org.chungtay.payments.statements.StatementFormat;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementSample;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The mapping of an unknown statement layout without a browser or Spring: what it hands over, what it refuses. */
class StatementLayoutFormTest {

    private static final List<String> HEADERS = List.of("Ngày hạch toán", "Số tiền có", "Số tiền nợ", "Nội dung",
            "Người chuyển", "", "x".repeat(StatementLayout.HEADER_LIMIT + 1), "Nội dung");
    private static final StatementSample SACOMBANK = new StatementSample(StatementFormat.CSV, HEADERS, 2,
            List.of(row(1), row(2), row(3), row(4), row(5), row(6)), List.of(3, 4, 5, 6, 7, 8), "UTF-8", ";", null);

    private final StatementLayoutForm form = new StatementLayoutForm(SACOMBANK, "Quỹ tỉnh Đắk Lắk");
    private final List<StatementLayoutForm.SaveEvent> handed = new ArrayList<>();

    StatementLayoutFormTest() {
        form.addSaveListener(handed::add);
    }

    @Test
    void theFileIsShownAsItsHeaderAndFirstFiveRowsAndOnlyUsableHeadersAreOffered() {
        assertThat(form.sample.getColumns()).extracting(Grid.Column::getHeaderText)
                .as("a blank header is shown as its column's letter")
                .containsExactly("!{statements.column.line}!", "Ngày hạch toán", "Số tiền có", "Số tiền nợ", "Nội dung",
                        "Người chuyển", "F", "x".repeat(StatementLayout.HEADER_LIMIT + 1), "Nội dung");
        assertThat(form.sample.getListDataView().getItems()).extracting(StatementLayoutForm.SampleRow::lineNumber)
                .containsExactly(3, 4, 5, 6, 7);
        assertThat(form.date.getListDataView().getItems())
                .containsExactly("Ngày hạch toán", "Số tiền có", "Số tiền nợ", "Nội dung", "Người chuyển");
        assertThat(List.of(form.date, form.moneyIn, form.note)).allMatch(field -> field.isRequiredIndicatorVisible());
        assertThat(form.debit.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void anEmptyFormMarksEveryMissingColumnAndTheNameAtOnceAndHandsNothingOver() {
        form.saveAsPreset();

        assertThat(handed).isEmpty();
        assertInvalid(form.date, "statements.mapping.error.required");
        assertInvalid(form.moneyIn, "statements.mapping.error.required");
        assertInvalid(form.note, "statements.mapping.error.required");
        assertInvalid(form.name, "statements.mapping.error.name");
        assertThat(form.debit.isInvalid()).isFalse();
    }

    @Test
    void withADebitColumnMoneyInIsTheCreditColumnAndTheLayoutIsSavedUnderItsName() {
        form.date.setValue("Ngày hạch toán");
        form.moneyIn.setValue("Số tiền có");
        form.debit.setValue("Số tiền nợ");
        form.note.setValue("Nội dung");
        form.counterpartyName.setValue("Người chuyển");
        form.name.setValue("  Sacombank ");

        form.saveAsPreset();

        assertThat(handed).singleElement().satisfies(event -> {
            assertThat(event.asPreset()).isTrue();
            StatementLayout layout = event.layout();
            assertThat(layout.name()).isEqualTo("Sacombank");
            assertThat(layout.date()).containsExactly("Ngày hạch toán");
            assertThat(layout.credit()).containsExactly("Số tiền có");
            assertThat(layout.debit()).containsExactly("Số tiền nợ");
            assertThat(layout.amount()).isEmpty();
            assertThat(layout.note()).containsExactly("Nội dung");
            assertThat(layout.counterpartyName()).containsExactly("Người chuyển");
            assertThat(layout.names(StatementColumn.BALANCE)).isEmpty();
        });
    }

    @Test
    void withoutADebitColumnMoneyInIsOneSignedAmountAndUsingItOnceNeedsNoName() {
        form.date.setValue("Ngày hạch toán");
        form.moneyIn.setValue("Số tiền có");
        form.note.setValue("Nội dung");

        form.useOnce();

        assertThat(handed).singleElement().satisfies(event -> {
            assertThat(event.asPreset()).isFalse();
            assertThat(event.layout().amount()).containsExactly("Số tiền có");
            assertThat(event.layout().credit()).isEmpty();
            assertThat(event.layout().name()).contains("statements.mapping.once-name");
        });
    }

    @Test
    void oneHeaderChosenForTwoColumnsMarksBothUntilOneIsChangedAndTheNameLimitIsCheckedHereToo() {
        form.date.setValue("Ngày hạch toán");
        form.moneyIn.setValue("Số tiền có");
        form.note.setValue("Nội dung");
        form.counterpartyName.setValue("Nội dung");
        form.name.setValue("x".repeat(StatementPresetService.NAME_LIMIT + 1));

        form.saveAsPreset();

        assertThat(handed).isEmpty();
        assertInvalid(form.note, "statements.mapping.error.same-header");
        assertInvalid(form.counterpartyName, "statements.mapping.error.same-header");
        assertInvalid(form.name, "statements.mapping.error.name");

        form.counterpartyName.setValue("Người chuyển");
        assertThat(form.note.isInvalid()).isFalse();
        form.name.setValue("Sacombank");
        form.saveAsPreset();
        assertThat(handed).hasSize(1);
    }

    @Test
    void aNameTheServiceRefusesIsShownOnTheNameAndAnythingElseIsNot() {
        assertThat(form.showProblem(new UserFacingException("statements.mapping.error.name-taken", "Sacombank"))).isTrue();
        assertInvalid(form.name, "statements.mapping.error.name-taken");
        assertThat(form.showProblem(new UserFacingException("statements.mapping.error.money-in"))).isFalse();
    }

    @Test
    void columnsBeyondZAreNamedAsSpreadsheetsNameThem() {
        assertThat(List.of(0, 25, 26, 51, 52, 701)).extracting(StatementLayoutForm::letter)
                .containsExactly("A", "Z", "AA", "AZ", "BA", "ZZ");
    }

    private static List<String> row(int number) {
        return List.of("0" + number + "/03/2024", number + "00.000", "", "ung ho " + number, "NGUOI " + number);
    }

    private static void assertInvalid(HasValidation field, String messageKey) {
        assertThat(field.isInvalid()).as(messageKey).isTrue();
        assertThat(field.getErrorMessage()).contains(messageKey);
    }
}
