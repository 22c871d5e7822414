package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

class FundSettingsJourneyIT extends BrowserTest {

    @Test
    void aFundManagerSetsUpReceiptsForTheirFundFindsThemAfterAReloadAndIsToldWhatIsWrong() {
        FundUnitRef district = newUnit("Quỹ huyện Cư M’gar");
        ensureThreeLevels();
        FundUnitRef commune = newUnitUnder(district, "Quỹ xã Ea Pốk");
        String manager = newStaff(Role.FUND_MANAGER, district, "Nguyễn Thị Lan");
        String code = "CMG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        int year = VietnamTime.today().getYear();

        browser.get(url("staff/fund-settings"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        FundSettingsPage settings = new FundSettingsPage(browser);
        assertThat(settings.unitHeading()).isEqualTo("Cài đặt của " + district.name());
        settings.awaitInList("Chưa cài đặt");
        assertThat(settings.value("fund-settings-receipt-name")).as("the unit's name, to begin with")
                .isEqualTo(district.name());
        settings.typeCode(code.toLowerCase(Locale.ROOT), code + "/" + year + "/1")
                .type("fund-settings-receipt-name", "Quỹ Bảo trợ trẻ em huyện Cư M’gar")
                .fill("Thị trấn Quảng Phú, huyện Cư M’gar, tỉnh Đắk Lắk", "Hoàng Văn Sơn", "Giám đốc", "22.000")
                .type("fund-settings-tax-code", "6009992007")
                .choosePaper("A4")
                .toggleReceiptsOnRecording();
        screenshot("fund-settings-filled-vi");
        settings.save("Đã lưu cài đặt của Quỹ Bảo trợ trẻ em huyện Cư M’gar.");
        settings.awaitInList(code);

        browser.navigate().refresh();
        settings = new FundSettingsPage(browser);
        settings.awaitInList(code);
        assertThat(settings.value("fund-settings-code")).isEqualTo(code);
        assertThat(settings.value("fund-settings-receipt-name")).isEqualTo("Quỹ Bảo trợ trẻ em huyện Cư M’gar");
        assertThat(settings.value("fund-settings-address")).isEqualTo("Thị trấn Quảng Phú, huyện Cư M’gar, tỉnh Đắk Lắk");
        assertThat(settings.value("fund-settings-signatory-name")).isEqualTo("Hoàng Văn Sơn");
        assertThat(settings.value("fund-settings-signatory-title")).isEqualTo("Giám đốc");
        assertThat(settings.value("fund-settings-tax-code")).isEqualTo("6009992007");
        assertThat(settings.value("fund-settings-fee-tolerance")).isEqualTo("22.000");
        assertThat(settings.checkedPaper()).isEqualTo("A4");
        assertThat(settings.receiptsOnRecording()).isFalse();

        settings.type("fund-settings-fee-tolerance", "2.000.000").saveRefused();
        assertThat(settings.errorMessage("fund-settings-fee-tolerance"))
                .isEqualTo("Vui lòng nhập số tiền từ 0 đến 1.000.000\u00a0₫, không có phần thập phân.");

        settings.chooseUnit(commune.name());
        assertThat(settings.unitHeading()).isEqualTo("Cài đặt của " + commune.name());
        assertThat(browser.getCurrentUrl()).endsWith("staff/fund-settings?unit=" + commune.id());
        settings.typeCode(code, code + "/" + year + "/1")
                .fill("Xã Ea Pốk, huyện Cư M’gar, tỉnh Đắk Lắk", "Y Nhơn Niê", "Chủ tịch", "0")
                .saveRefused();
        assertThat(settings.errorMessage("fund-settings-code"))
                .isEqualTo("Mã “" + code + "” đã được một đơn vị quỹ khác sử dụng. Vui lòng chọn mã khác.");
        browser.navigate().refresh();
        assertThat(new FundSettingsPage(browser).unitHeading()).as("the address names the unit")
                .isEqualTo("Cài đặt của " + commune.name());

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("staff/fund-settings"));
        new ShellPage(browser).switchLanguage();
        settings = new FundSettingsPage(browser);
        assertThat(settings.unitHeading()).isEqualTo("Settings of " + district.name());
        assertThat(settings.value("fund-settings-fee-tolerance")).isEqualTo("22,000");
        screenshot("fund-settings-phone-en");
    }
}
