package org.chungtay.funds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsRefused;
import org.chungtay.funds.QuietHours;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.shared.Money;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.junit.jupiter.api.Test;

/** The settings form without a browser or Spring: what it hands over, and what it refuses where. */
class FundSettingsFormTest {

    private static final FundUnitRef UNIT = new FundUnitRef(5, 1L, "Thành phố Buôn Ma Thuột", 2, "/1/5/", true);

    private final List<FundUnitSettingsEntry> saved = new ArrayList<>();

    private FundSettingsForm form(FundUnitSettings existing) {
        FundSettingsForm form = new FundSettingsForm(UNIT, existing);
        form.addSaveListener(event -> saved.add(event.entry()));
        return form;
    }

    @Test
    void aUnitWithoutSettingsStartsFromTheDefaultsAndMarksEveryMissingFieldAtOnce() {
        FundSettingsForm form = form(null);
        assertThat(form.receiptName.getValue()).isEqualTo(UNIT.name());
        assertThat(form.paper.getValue()).isEqualTo(ReceiptPaper.A5);
        assertThat(form.receiptsOnRecording.getValue()).isTrue();

        form.save();

        assertThat(saved).isEmpty();
        assertInvalid(form.code, "funds.settings.error.code");
        assertInvalid(form.address, "funds.settings.error.address");
        assertInvalid(form.signatoryName, "funds.settings.error.signatory-name");
        assertInvalid(form.signatoryTitle, "funds.settings.error.signatory-title");
        assertThat(form.taxCode.isInvalid()).as("the tax code is optional").isFalse();
        assertThat(form.feeTolerance.isInvalid()).as("no tolerance is zero").isFalse();
    }

    @Test
    void theCodeIsTypedInAnyCaseHandedOverUpperCaseAndShownInASampleReceiptNumber() {
        FundSettingsForm form = form(null);
        assertThat(form.sample.getElement().getTextRecursively()).contains("funds.settings.sample.example");

        form.code.setValue("  dl-bmt-ta ");
        assertThat(form.sample.getElement().getTextRecursively()).doesNotContain("example");
        assertThat(form.sampleNumber.getText()).isEqualTo("DL-BMT-TA/" + VietnamTime.today().getYear() + "/1");
        fillRequired(form);
        form.code.setValue("  dl-bmt-ta ");
        form.taxCode.setValue("6009 992 007");
        form.feeTolerance.setValue("22.000");
        form.receiptsOnRecording.setValue(false);
        form.paper.setValue(ReceiptPaper.A4);
        form.save();

        assertThat(saved).singleElement().satisfies(entry -> {
            assertThat(entry.code()).isEqualTo("DL-BMT-TA");
            assertThat(entry.receiptName()).isEqualTo(UNIT.name());
            assertThat(entry.address()).isEqualTo("08 Lê Thánh Tông, phường Thắng Lợi");
            assertThat(entry.taxCode()).isEqualTo("6009 992 007");
            assertThat(entry.signatoryTitle()).isEqualTo("Giám đốc");
            assertThat(entry.paper()).isEqualTo(ReceiptPaper.A4);
            assertThat(entry.receiptsOnRecording()).isFalse();
            assertThat(entry.feeTolerance()).isEqualTo(Money.vnd(22_000));
            assertThat(entry.version()).as("no settings were read").isNull();
        });
    }

    @Test
    void limitsShownInTheBrowserAreCheckedHereTooEachOnItsField() {
        FundSettingsForm form = form(null);
        fillRequired(form);
        form.code.setValue("DL/BMT");
        form.receiptName.setValue("x".repeat(FundUnitSettingsEntry.RECEIPT_NAME_LIMIT + 1));
        form.address.setValue("x".repeat(FundUnitSettingsEntry.ADDRESS_LIMIT + 1));
        form.signatoryName.setValue("x".repeat(FundUnitSettingsEntry.SIGNATORY_NAME_LIMIT + 1));
        form.taxCode.setValue("6009992008");
        form.feeTolerance.setValue("1.000.001");

        form.save();

        assertThat(saved).isEmpty();
        assertInvalid(form.code, "funds.settings.error.code");
        assertInvalid(form.receiptName, "funds.settings.error.receipt-name");
        assertInvalid(form.address, "funds.settings.error.address");
        assertInvalid(form.signatoryName, "funds.settings.error.signatory-name");
        assertInvalid(form.taxCode, TaxCode.INVALID_MESSAGE_KEY);
        assertInvalid(form.feeTolerance, "funds.settings.error.fee-tolerance");
        assertThat(form.signatoryTitle.isInvalid()).isFalse();
    }

    @Test
    void codesOfOneLetterOrOfOtherLettersAreRefusedAndTheBrowsersOwnChecksSayTheSame() {
        FundSettingsForm form = form(null);
        fillRequired(form);
        for (String refused : List.of("D", "ĐL", "DL BMT", "x".repeat(FundUnitSettingsEntry.CODE_MAX_LENGTH + 1))) {
            form.code.setValue(refused);
            form.save();
            assertThat(saved).as(refused).isEmpty();
            assertInvalid(form.code, "funds.settings.error.code");
        }
        assertThat(form.code.getI18n().getMaxLengthErrorMessage()).contains("funds.settings.error.code");
        assertThat(form.code.getI18n().getMinLengthErrorMessage()).contains("funds.settings.error.code");
        assertThat(form.address.getI18n().getMaxLengthErrorMessage()).contains("funds.settings.error.address");
        assertThat(form.feeTolerance.getI18n().getMaxLengthErrorMessage()).contains("funds.settings.error.fee-tolerance");
        assertThat(form.taxCode.getI18n().getMaxLengthErrorMessage()).contains(TaxCode.INVALID_MESSAGE_KEY);
    }

    @Test
    void storedSettingsAreShownAndHandedBackWithTheVersionThatWasRead() {
        FundUnitSettings existing = new FundUnitSettings(UNIT.id(), UNIT.name(), UNIT.path(), "DL-BMT",
                "Quỹ Bảo trợ trẻ em thành phố Buôn Ma Thuột", "08 Lê Thánh Tông", new TaxCode("6009992007"),
                "Trần Thị Thu Hằng", "Giám đốc", ReceiptPaper.A5, true, Money.vnd(22_000),
                new ThankYouTiming(45, null), 3);
        FundSettingsForm form = form(existing);
        assertThat(form.code.getValue()).isEqualTo("DL-BMT");
        assertThat(form.taxCode.getValue()).isEqualTo("6009992007");
        assertThat(form.feeTolerance.getValue()).isNotBlank();

        form.save();

        assertThat(saved).singleElement().satisfies(entry -> {
            assertThat(entry.version()).isEqualTo(3L);
            assertThat(entry.feeTolerance()).isEqualTo(Money.vnd(22_000));
            assertThat(entry.taxCode()).isEqualTo("6009992007");
            assertThat(entry.thankYou()).as("quiet hours stay off").isEqualTo(new ThankYouTiming(45, null));
        });
    }

    @Test
    void aNewUnitThanksAfterHalfAnHourOutsideTheNightAndTheHoursMayCrossMidnight() {
        FundSettingsForm form = form(null);
        assertThat(form.thankYouDelay.getValue()).isEqualTo(30);
        assertThat(form.quietHoursOn.getValue()).isTrue();
        assertThat(form.quietHoursStart.getValue()).isEqualTo(LocalTime.of(21, 0));
        assertThat(form.quietHoursEnd.getValue()).isEqualTo(LocalTime.of(7, 0));
        fillRequired(form);
        form.thankYouDelay.setValue(10);
        form.quietHoursStart.setValue(LocalTime.of(22, 30));
        form.quietHoursEnd.setValue(LocalTime.of(6, 0));

        form.save();

        assertThat(saved).singleElement().extracting(FundUnitSettingsEntry::thankYou)
                .isEqualTo(new ThankYouTiming(10, new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 0))));
    }

    @Test
    void aDelayOutOfRangeAndQuietHoursThatEndWhenTheyStartAreRefusedOnTheirFields() {
        FundSettingsForm form = form(null);
        fillRequired(form);
        form.thankYouDelay.setValue(ThankYouTiming.DELAY_MAX + 1);
        form.quietHoursStart.setValue(LocalTime.of(22, 0));
        form.quietHoursEnd.setValue(LocalTime.of(22, 0));

        form.save();

        assertThat(saved).isEmpty();
        assertInvalid(form.thankYouDelay, "funds.settings.error.thank-you-delay");
        assertInvalid(form.quietHoursEnd, "funds.settings.error.quiet-hours");

        form.quietHoursOn.setValue(false);
        form.thankYouDelay.setValue(0);
        form.save();

        assertThat(saved).singleElement().extracting(FundUnitSettingsEntry::thankYou)
                .as("switched off, the hours are not asked for").isEqualTo(new ThankYouTiming(0, null));
        assertThat(form.quietHoursStart.isEnabled()).isFalse();
    }

    @Test
    void theServicesRefusalOfTheThankYouTimingIsShownOnItsFields() {
        FundSettingsForm form = form(null);

        assertThat(form.showProblem(new FundUnitSettingsRefused(List.of(
                new UserFacingException("funds.settings.error.thank-you-delay", 0, 1440),
                new UserFacingException("funds.settings.error.quiet-hours"))))).isTrue();

        assertInvalid(form.thankYouDelay, "funds.settings.error.thank-you-delay");
        assertInvalid(form.quietHoursEnd, "funds.settings.error.quiet-hours");
    }

    @Test
    void everyProblemTheServiceFoundIsShownOnItsField() {
        FundSettingsForm form = form(null);
        fillRequired(form);
        form.code.setValue("DL");

        boolean shown = form.showProblem(new FundUnitSettingsRefused(List.of(
                new UserFacingException("funds.settings.error.code-taken", "DL"),
                new UserFacingException("funds.settings.error.fee-tolerance", 1_000_000))));

        assertThat(shown).isTrue();
        assertInvalid(form.code, "funds.settings.error.code-taken");
        assertInvalid(form.feeTolerance, "funds.settings.error.fee-tolerance");
        assertThat(form.showProblem(new UserFacingException("funds.settings.error.conflict"))).isFalse();
    }

    @Test
    void theApprovalThresholdStartsAtTwentyMillionIsHandedOverAndRefusedOutOfRange() {
        FundSettingsForm form = form(null);
        fillRequired(form);
        assertThat(form.approvalThreshold.getValue()).isIn("20.000.000", "20,000,000");
        form.approvalThreshold.setValue("1.000.000.000.001");
        form.save();
        assertThat(saved).isEmpty();
        assertInvalid(form.approvalThreshold, "funds.settings.error.approval-threshold");

        form.approvalThreshold.setValue("5.000.000");
        form.save();
        assertThat(saved).singleElement().satisfies(entry ->
                assertThat(entry.approvalThreshold()).isEqualTo(Money.vnd(5_000_000)));
        assertThat(form.showProblem(new UserFacingException("funds.settings.error.approval-threshold", 1))).isTrue();
    }

    private static void fillRequired(FundSettingsForm form) {
        form.code.setValue("DL-BMT");
        form.address.setValue(" 08 Lê Thánh Tông, phường Thắng Lợi ");
        form.signatoryName.setValue("Trần Thị Thu Hằng");
        form.signatoryTitle.setValue("Giám đốc");
    }

    private static void assertInvalid(HasValidation field, String messageKey) {
        assertThat(field.isInvalid()).as(messageKey).isTrue();
        assertThat(field.getErrorMessage()).contains(messageKey);
    }
}
