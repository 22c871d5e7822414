package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Templates on the real database: versions, restoring, the audit trail, who may do what, and the outbox
 * rendering the version in use. The templates belong to the whole fund, so each test puts the shipped
 * template back in use when it ends.
 */
class MailTemplateServiceIT extends IntegrationTest {

    private static final Locale VI = Locale.of("vi");
    private static final MessageKind KIND = MessageKind.DONOR_SIGN_IN_LINK;

    @Autowired
    MailTemplateService templates;

    @Autowired
    Outbox outbox;

    @Autowired
    AuditTrail audit;

    @Autowired
    FundUnitSettingsService fundSettings;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void shippedTemplateInUseAgain() {
        SystemActor.run(() -> {
            for (Locale language : List.of(VI, Locale.ENGLISH)) {
                TemplateVersion current = templates.current(KIND, language);
                if (!current.shipped() && !current.draft().equals(shippedDraft(language, current.version()))) {
                    templates.restore(KIND, language, TemplateVersion.SHIPPED, current.version());
                }
            }
        });
    }

    @Test
    void eachSaveIsAVersionInUseAtOnceAuditedWithBeforeAndAfterAndARestoreIsANewVersion() {
        String manager = newStaff(Role.FUND_MANAGER, root(), "Lê Thị Quản");
        TemplateVersion before = as(manager, () -> templates.current(KIND, VI));
        String subject = "Đăng nhập Chung Tay " + UUID.randomUUID().toString().substring(0, 6);

        TemplateVersion saved = as(manager, () -> templates.save(KIND, VI, new TemplateDraft("  " + subject + " ",
                "<p>Mở liên kết trong {{validMinutes}} phút: <a href=\"{{signInUrl}}\">đăng nhập</a></p>",
                "Mở liên kết trong {{validMinutes}} phút: {{signInUrl}}", before.version())));

        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.subject()).as("stripped").isEqualTo(subject);
        assertThat(saved.savedBy()).isEqualTo(manager);
        assertThat(saved.restoredFromVersion()).isNull();
        assertThat(as(manager, () -> templates.current(KIND, VI)).version()).isEqualTo(saved.version());
        assertThat(as(manager, () -> templates.current(KIND, Locale.ENGLISH)).subject())
                .as("the other language is its own template").isNotEqualTo(subject);
        List<TemplateVersion> versions = as(manager, () -> templates.versions(KIND, VI));
        assertThat(versions.getFirst().subject()).isEqualTo(subject);
        assertThat(versions.getLast().shipped()).isTrue();

        long templateId = templateId();
        AuditTrail.AuditRecord record = audit.historyOf(MailTemplateService.AUDIT_SUBJECT, templateId).getLast();
        assertThat(record.actor()).isEqualTo(manager);
        assertThat(record.action()).isEqualTo("saved");
        assertThat(record.before()).startsWith("DONOR_SIGN_IN_LINK vi version " + before.version())
                .contains("subject: " + before.subject());
        assertThat(record.after()).startsWith("DONOR_SIGN_IN_LINK vi version " + saved.version())
                .contains("subject: " + subject, "html: ", "SHA-256 ");

        TemplateVersion restored = as(manager, () -> templates.restore(KIND, VI, TemplateVersion.SHIPPED, saved.version()));

        assertThat(restored.version()).isEqualTo(saved.version() + 1);
        assertThat(restored.restoredFromVersion()).isEqualTo(TemplateVersion.SHIPPED);
        assertThat(restored.subject()).isEqualTo(versions.getLast().subject());
        assertThat(as(manager, () -> templates.versions(KIND, VI))).extracting(TemplateVersion::version)
                .startsWith(restored.version(), saved.version()).endsWith(TemplateVersion.SHIPPED);
        assertThat(audit.historyOf(MailTemplateService.AUDIT_SUBJECT, templateId).getLast().action()).isEqualTo("restored");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_template_version WHERE template_id = ? AND version = ?")
                .params(templateId, saved.version()).query(Long.class).single()).as("kept, not overwritten").isOne();
    }

    @Test
    void theNextMessageOfTheKindIsRenderedFromTheVersionInUseSignedByItsFundUnit() {
        String manager = newStaff(Role.FUND_MANAGER, root(), "Lê Thị Quản");
        FundUnitRef unit = newUnit("Quỹ huyện Krông Pắc");
        String code = "KP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> fundSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em huyện Krông Pắc", "Thị trấn Phước An, huyện Krông Pắc", null, "Nguyễn Văn Bình",
                "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null)));
        int current = as(manager, () -> templates.current(KIND, VI)).version();
        as(manager, () -> templates.save(KIND, VI, new TemplateDraft("Liên kết mới của {{fundUnitName}}",
                "<p>Bấm <a class=\"button\" href=\"{{signInUrl}}\">vào đây</a> trong {{validMinutes}} phút.</p>",
                "Mở {{signInUrl}} trong {{validMinutes}} phút.", current)));
        String recipient = "nha-hao-tam-" + UUID.randomUUID() + "@example.vn";

        outbox.enqueue(new OutgoingEmail(KIND, recipient, VI, Map.of("signInUrl", "https://chungtay.example/s?a=1&b=2",
                "validMinutes", "15", "fundUnitName", "Quỹ <Krông Pắc>"), null, unit.id()));

        Map<String, Object> stored = jdbc.sql("SELECT kind, category, subject, body_text, body_html FROM email_message"
                + " WHERE recipient = ?").param(recipient).query().singleRow();
        assertThat(stored.get("kind")).isEqualTo("DONOR_SIGN_IN_LINK");
        assertThat(stored.get("category")).isEqualTo("TRANSACTIONAL");
        assertThat(stored.get("subject")).isEqualTo("Liên kết mới của Quỹ <Krông Pắc>");
        assertThat((String) stored.get("body_text")).startsWith("Mở https://chungtay.example/s?a=1&b=2 trong 15 phút.")
                .contains("Quỹ Bảo trợ trẻ em huyện Krông Pắc\nThị trấn Phước An, huyện Krông Pắc");
        assertThat((String) stored.get("body_html")).contains("href=\"https://chungtay.example/s?a&#x3D;1&amp;b&#x3D;2\"",
                "Quỹ Bảo trợ trẻ em huyện Krông Pắc", "Thị trấn Phước An, huyện Krông Pắc");
    }

    @Test
    void aPlaceholderTheKindDoesNotOfferOrASyntaxErrorIsRefusedOnTheServerWithItsNameAndLine() {
        String manager = newStaff(Role.FUND_MANAGER, root(), "Lê Thị Quản");
        int current = as(manager, () -> templates.current(KIND, VI)).version();

        assertThatThrownBy(() -> as(manager, () -> templates.save(KIND, VI, new TemplateDraft("Đăng nhập",
                "<p>Chào {{donorName}}</p>\n<p>{{signInUrl}}</p>", "{{signInUrl}}\n{{#validMinutes}}", current))))
                .isInstanceOfSatisfying(TemplateRefused.class, refused -> {
                    assertThat(refused.problems()).hasSize(2);
                    assertThat(refused.problems().getFirst().part()).isEqualTo(TemplatePart.HTML);
                    assertThat(refused.problems().getFirst().arguments()).containsExactly("{{donorName}}", "1");
                    assertThat(refused.problems().getLast().part()).isEqualTo(TemplatePart.TEXT);
                    assertThat(refused.problems().getLast().messageKey()).isEqualTo("mail.templates.error.unclosed-section");
                    assertThat(refused.problems().getLast().arguments()).containsExactly("{{#validMinutes}}", "2");
                });
        assertThat(as(manager, () -> templates.current(KIND, VI)).version()).as("nothing saved").isEqualTo(current);
    }

    @Test
    void aSaveOverAVersionSomeoneElseSavedMeanwhileIsRefused() {
        String first = newStaff(Role.FUND_MANAGER, root(), "Người thứ nhất");
        String second = newStaff(Role.ADMIN, root(), "Người thứ hai");
        int read = as(first, () -> templates.current(KIND, VI)).version();
        as(second, () -> templates.save(KIND, VI, draft("Của người thứ hai", read)));

        assertThatThrownBy(() -> as(first, () -> templates.save(KIND, VI, draft("Của người thứ nhất", read))))
                .isInstanceOf(UserFacingException.class).hasMessage("mail.templates.error.conflict");
        assertThat(as(first, () -> templates.current(KIND, VI)).subject()).isEqualTo("Của người thứ hai");
    }

    @Test
    void managersBelowTheRootReadAndPreviewOnlyAndOtherRolesNotEvenThat() {
        FundUnitRef district = newUnit("Quỹ huyện Lắk");
        SystemActor.run(() -> fundSettings.saveSettings(district.id(), new FundUnitSettingsEntry(
                "LK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT), "Quỹ Bảo trợ trẻ em huyện Lắk",
                "Thị trấn Liên Sơn, huyện Lắk", null, "Y Bih Niê", "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null)));
        String districtManager = newStaff(Role.FUND_MANAGER, district, "Y Bih Niê");
        String accountant = newStaff(Role.ACCOUNTANT, root(), "Kế Toán");
        String clerk = newStaff(Role.FUND_STAFF, root(), "Cán Bộ");
        String rootManager = newStaff(Role.FUND_MANAGER, root(), "Lê Thị Quản");

        assertThat(as(rootManager, () -> templates.mayEdit())).isTrue();
        assertThat(as(districtManager, () -> templates.mayEdit())).isFalse();
        TemplateVersion current = as(districtManager, () -> templates.current(KIND, VI));
        TemplatePreview preview = as(districtManager, () -> templates.preview(KIND, VI, current.draft()));
        assertThat(preview.ok()).isTrue();
        assertThat(preview.rendered().html()).as("signed by the reader's own unit")
                .contains("Quỹ Bảo trợ trẻ em huyện Lắk", "Thị trấn Liên Sơn, huyện Lắk");
        assertThatThrownBy(() -> as(districtManager, () -> templates.save(KIND, VI, draft("Của huyện", current.version()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(districtManager, () -> templates.restore(KIND, VI, 0, current.version())))
                .isInstanceOf(AccessDeniedException.class);
        for (String other : List.of(accountant, clerk)) {
            assertThatThrownBy(() -> as(other, () -> templates.current(KIND, VI))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(other, () -> templates.save(KIND, VI, draft("x", current.version()))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(rootManager, () -> templates.current(KIND, VI)).version()).isEqualTo(current.version());
    }

    private static TemplateDraft draft(String subject, int basedOn) {
        return new TemplateDraft(subject, "<p><a href=\"{{signInUrl}}\">{{validMinutes}}</a></p>", "{{signInUrl}}", basedOn);
    }

    private TemplateDraft shippedDraft(Locale language, int basedOn) {
        TemplateVersion shipped = templates.versions(KIND, language).getLast();
        return new TemplateDraft(shipped.subject(), shipped.html(), shipped.text(), basedOn);
    }

    private long templateId() {
        return jdbc.sql("SELECT id FROM mail_template WHERE kind = ? AND language = 'vi'").param(KIND.name())
                .query(Long.class).single();
    }
}
