package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.chungtay.communications.MessageCategory;
import org.chungtay.communications.UnsubscribeLinks;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.DonorProfile;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** A donor on a phone follows the unsubscribe link of an appeal, undoes it, and then chooses their emails. */
class UnsubscribeJourneyIT extends BrowserTest {

    @Autowired
    DonorService donors;

    @Autowired
    UnsubscribeLinks links;

    @Test
    void aDonorUnsubscribesFromAppealsUndoesItAndChoosesTheirEmailsOnAPhoneInBothLanguages() {
        browser.manage().window().setSize(new Dimension(375, 812));
        long donor = SystemActor.call(() -> donors.create(root().id(), new IndividualDetails("Phạm Thu Hà",
                "ha-" + UUID.randomUUID() + "@example.vn", "0912345678", "12 Lê Duẩn, Buôn Ma Thuột", "vi", false),
                EnumSet.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES)).id());

        browser.get(url("unsubscribe/" + links.unsubscribeToken(donor, MessageCategory.APPEALS)));
        UnsubscribePage page = new UnsubscribePage(browser);
        assertThat(page.pageLanguage()).isEqualTo("vi");
        assertThat(page.message()).contains("lời kêu gọi ủng hộ");
        assertThat(page.offersUnsubscribe()).isTrue();
        assertThat(page.fitsTheWindow()).isTrue();
        assertThat(profile(donor).consents(ConsentCategory.APPEALS)).as("opening the page changes nothing").isTrue();
        screenshot("unsubscribe-375-vi");

        page = page.switchLanguage();
        assertThat(page.pageLanguage()).isEqualTo("en");
        page = page.unsubscribe();
        assertThat(page.message()).isEqualTo("Done: you will no longer receive fundraising appeals by email.");
        assertThat(page.offersUndo()).isTrue();
        assertThat(page.fitsTheWindow()).isTrue();
        assertThat(profile(donor).consents(ConsentCategory.APPEALS)).isFalse();
        screenshot("unsubscribe-done-375-en");

        page = page.undo();
        assertThat(page.message()).isEqualTo("You will receive fundraising appeals by email again.");
        assertThat(profile(donor).consents(ConsentCategory.APPEALS)).isTrue();
        page = page.unsubscribe();
        assertThat(profile(donor).consents(ConsentCategory.APPEALS)).isFalse();

        MailPreferencesPage preferences = page.openPreferences();
        assertThat(preferences.title()).isEqualTo("Thư bạn nhận từ quỹ");
        assertThat(preferences.greeting()).contains("Phạm Thu Hà").doesNotContain("ha-", "0912345678", "Lê Duẩn");
        assertThat(preferences.receivesProgressUpdates()).isTrue();
        assertThat(preferences.receivesAppeals()).isFalse();
        assertThat(preferences.fitsTheWindow()).isTrue();
        screenshot("mail-preferences-375-vi");

        preferences.toggleAppeals().toggleProgressUpdates().language("Tiếng Anh").save("Đã lưu lựa chọn của bạn.");
        DonorProfile saved = profile(donor);
        assertThat(saved.consents(ConsentCategory.APPEALS)).isTrue();
        assertThat(saved.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
        assertThat(saved.details().preferredLanguage()).isEqualTo("en");

        preferences = preferences.switchLanguage();
        assertThat(preferences.title()).isEqualTo("Emails you receive from the fund");
        assertThat(preferences.receivesAppeals()).isTrue();
        assertThat(preferences.fitsTheWindow()).isTrue();
        screenshot("mail-preferences-375-en");
    }

    @Test
    void aLinkThatIsNotValidSaysSoOnBothPages() {
        browser.get(url("unsubscribe/12-appeals.forged"));
        assertThat(new UnsubscribePage(browser).title()).isEqualTo("Liên kết không hợp lệ");

        browser.get(url("mail-preferences/12.forged"));
        MailPreferencesPage preferences = new MailPreferencesPage(browser);
        assertThat(preferences.isInvalid()).isTrue();
        assertThat(preferences.title()).isEqualTo("Liên kết không hợp lệ");
    }

    private DonorProfile profile(long donor) {
        return SystemActor.call(() -> donors.profile(donor));
    }
}
