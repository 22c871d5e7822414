package org.chungtay.campaigns.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Banks;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign form without a browser or Spring: a UI in Vietnamese and the real translations. */
class CampaignFormTest {

    private static final FundUnitRef PROVINCE = new FundUnitRef(1, null, "Tỉnh Đắk Lắk", 1, "/1/", true);
    private static final FundUnitRef COMMUNE = new FundUnitRef(7, 1L, "Xã Ea Tu", 2, "/1/7/", true);

    private final List<CampaignDraft> submitted = new ArrayList<>();

    @BeforeEach
    void vietnameseUi() {
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new Bundle());
        VaadinService.setCurrent(service);
        UI ui = new UI();
        ui.setLocale(Languages.VIETNAMESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    @Test
    void aDraftNeedsAKindAFundUnitAndAVietnameseNameAndSaysSoInVietnamese() {
        CampaignForm form = new CampaignForm(List.of(PROVINCE, COMMUNE), null, CampaignStatus.DRAFT);

        form.submit(submitted::add);

        assertThat(submitted).isEmpty();
        assertThat(form.kind.isInvalid()).isTrue();
        assertThat(form.fundUnit.isInvalid()).isTrue();
        assertThat(form.nameVi.isInvalid()).isTrue();
        assertThat(form.nameVi.getErrorMessage()).isEqualTo("Vui lòng điền mục này.");
        assertThat(form.goal.isInvalid()).isFalse();
    }

    @Test
    void aCompleteCampaignIsHandedOverWithTheGoalReadAsPeopleTypeIt() {
        CampaignForm form = new CampaignForm(List.of(PROVINCE), null, CampaignStatus.DRAFT);
        form.kind.setValue(CampaignKind.TET);
        form.nameVi.setValue("Tết yêu thương 2027");
        form.goal.setValue("1.500.000.000 đ");
        form.start.setValue(LocalDate.of(2026, 12, 23));
        form.end.setValue(LocalDate.of(2027, 2, 5));
        form.bank.setValue(Banks.byBin("970436").orElseThrow());
        form.accountNumber.setValue("0621 000 456 789");
        form.accountName.setValue("QUY BAO TRO TRE EM");

        form.submit(submitted::add);

        assertThat(submitted).singleElement().satisfies(draft -> {
            assertThat(draft.kind()).isEqualTo(CampaignKind.TET);
            assertThat(draft.fundUnitId()).isEqualTo(PROVINCE.id());
            assertThat(draft.goal()).isEqualTo(Money.vnd(1_500_000_000L));
            assertThat(draft.account()).isEqualTo(new ReceivingAccount("970436", "0621 000 456 789",
                    "QUY BAO TRO TRE EM"));
            assertThat(draft.slug()).isEmpty();
        });
    }

    @Test
    void zeroNegativeFractionalAndAbsurdGoalsAreRefusedNextToTheField() {
        CampaignForm form = validForm();
        for (String goal : List.of("0", "-5", "1,5", "10.000.000.000.001", "mười triệu")) {
            form.goal.setValue(goal);
            form.submit(submitted::add);
            assertThat(form.goal.isInvalid()).as(goal).isTrue();
        }
        assertThat(submitted).isEmpty();
        form.goal.setValue("0");
        form.submit(submitted::add);
        assertThat(form.goal.getErrorMessage()).isEqualTo("Mục tiêu phải lớn hơn 0 và không quá 9.999.999.999.999 đồng.");
    }

    @Test
    void theEndComesAfterTheStartAndAnEmergencyAppealLastsNinetyDaysAtMost() {
        CampaignForm form = validForm();
        form.start.setValue(LocalDate.of(2027, 3, 1));
        form.end.setValue(LocalDate.of(2027, 2, 28));
        form.submit(submitted::add);
        assertThat(form.end.getErrorMessage()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");

        form.kind.setValue(CampaignKind.EMERGENCY_APPEAL);
        form.end.setValue(LocalDate.of(2027, 5, 30));
        form.submit(submitted::add);
        assertThat(form.end.getErrorMessage()).isEqualTo("Kêu gọi khẩn cấp chỉ được nhận ủng hộ tối đa 90 ngày.");

        form.end.setValue(LocalDate.of(2027, 5, 29));
        form.submit(submitted::add);
        assertThat(submitted).hasSize(1);
    }

    @Test
    void slugsAndAccountNumbersAreCheckedBeforeTheyReachTheService() {
        CampaignForm form = validForm();
        form.slug.setValue("Tết 2027");
        form.accountNumber.setValue("12");
        form.submit(submitted::add);

        assertThat(submitted).isEmpty();
        assertThat(form.slug.isInvalid()).isTrue();
        assertThat(form.accountNumber.getErrorMessage()).startsWith("Số tài khoản gồm 4–19");
    }

    @Test
    void whileCollectingWhatDonorsRelyOnCannotBeChanged() {
        CampaignDraft existing = new CampaignDraft(CampaignKind.TET, PROVINCE.id(), "Tết yêu thương", null, null, null,
                Money.vnd(1_000_000), LocalDate.of(2026, 12, 23), LocalDate.of(2027, 2, 5),
                new ReceivingAccount("970436", "0621000456789", "QUY"), "tet-yeu-thuong");

        CampaignForm form = new CampaignForm(List.of(PROVINCE), existing, CampaignStatus.ACTIVE);

        assertThat(List.<HasValue<?, ?>>of(form.kind, form.fundUnit, form.start, form.bank, form.accountNumber,
                form.accountName, form.slug)).allMatch(HasValue::isReadOnly);
        assertThat(form.nameVi.isReadOnly()).isFalse();
        assertThat(form.goal.isReadOnly()).isFalse();
        assertThat(form.end.isReadOnly()).isFalse();
        assertThat(form.goal.getValue()).isEqualTo("1.000.000 ₫");
        assertThat(form.bank.getValue().shortName()).isEqualTo("Vietcombank");
    }

    @Test
    void aRuleTheServiceRefusedIsShownNextToItsField() {
        CampaignForm form = validForm();

        assertThat(form.showOnField(new UserFacingException("campaigns.error.slug-taken", "tet-2027"))).isTrue();
        assertThat(form.slug.getErrorMessage()).isEqualTo("Địa chỉ “tet-2027” đã được chiến dịch khác dùng.");
        assertThat(form.showOnField(new UserFacingException("campaigns.error.emergency-account-taken"))).isTrue();
        assertThat(form.accountNumber.isInvalid()).isTrue();
        assertThat(form.showOnField(new UserFacingException("campaigns.error.conflict"))).isFalse();
    }

    private CampaignForm validForm() {
        CampaignForm form = new CampaignForm(List.of(PROVINCE), null, CampaignStatus.DRAFT);
        form.kind.setValue(CampaignKind.OTHER);
        form.nameVi.setValue("Áo ấm cho em");
        return form;
    }

    /** The application's bundles, read the way the portal's translation provider reads them. */
    private static final class Bundle implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return Languages.ALL;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            Locale language = Languages.of(locale.getLanguage());
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, language).format(params);
        }
    }
}
