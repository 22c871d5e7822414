package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.samskivert.mustache.MustacheException;
import com.vaadin.flow.i18n.I18NProvider;

import org.junit.jupiter.api.Test;

/** Rendering without Spring or a database: the shipped templates, the layout, escaping and missing values. */
class MailTemplatesTest {

    private static final Locale VI = Locale.of("vi");
    private static final Locale EN = Locale.of("en");

    private final MailTemplates templates = new MailTemplates(new ShippedTemplates(), noEditedVersions(),
            new FixedFooter("Quỹ Bảo trợ trẻ em thành phố Buôn Ma Thuột", "08 Lê Thánh Tông, phường Thắng Lợi"),
            new KeysAsWords());

    @Test
    void everyKindHasAShippedTemplateInBothLanguagesThatPassesItsOwnChecksAndRendersItsSamples() {
        for (MessageKind kind : MessageKind.values()) {
            for (Locale language : List.of(VI, EN)) {
                TemplateVersion shipped = new ShippedTemplates().of(kind, language);
                assertThat(templates.problems(kind, language, shipped.draft())).as(kind + " " + language).isEmpty();

                MailTemplates.Rendered rendered = templates.render(kind, language, kind.sampleValues(language));

                assertThat(rendered.subject()).as(kind + " " + language).isNotBlank().doesNotContain("\n", "{{");
                assertThat(rendered.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"")
                        .contains("Quỹ Bảo trợ trẻ em thành phố Buôn Ma Thuột", "08 Lê Thánh Tông, phường Thắng Lợi")
                        .doesNotContain("{{");
                assertThat(rendered.text()).contains("\n--\nQuỹ Bảo trợ trẻ em thành phố Buôn Ma Thuột\n")
                        .doesNotContain("{{", "<p>");
            }
        }
    }

    @Test
    void theTwoLanguagesSayTheSameInTheirOwnWords() {
        Map<String, Object> values = MessageKind.PAYMENT_THANK_YOU.sampleValues(VI);

        assertThat(templates.render(MessageKind.PAYMENT_THANK_YOU, VI, values).subject())
                .isEqualTo("Cảm ơn Công ty TNHH Cà phê Ban Mê đã chung tay vì trẻ em");
        assertThat(templates.render(MessageKind.PAYMENT_THANK_YOU, EN, MessageKind.PAYMENT_THANK_YOU.sampleValues(EN))
                .subject()).isEqualTo("Thank you, Công ty TNHH Cà phê Ban Mê, for joining hands for children");
        assertThat(templates.render(MessageKind.PAYMENT_THANK_YOU, Locale.GERMAN, values).subject())
                .as("a language the portal does not speak gets Vietnamese").startsWith("Cảm ơn");
    }

    @Test
    void valuesAreEscapedInTheHtmlPartOnlyAndTheSubjectStaysOnOneLine() {
        Map<String, Object> values = new HashMap<>(MessageKind.PAYMENT_THANK_YOU.sampleValues(VI));
        values.put("donorName", "<b>Cà phê</b> & \"Trà\"\nBan Mê");
        values.put("reference", "CT27-<i>X</i>");

        MailTemplates.Rendered rendered = templates.render(MessageKind.PAYMENT_THANK_YOU, VI, values);

        assertThat(rendered.html()).contains("&lt;b&gt;Cà phê&lt;/b&gt; &amp; &quot;Trà&quot;", "CT27-&lt;i&gt;X&lt;/i&gt;")
                .doesNotContain("<b>Cà phê", "<i>X");
        assertThat(rendered.text()).contains("Kính gửi <b>Cà phê</b> & \"Trà\"\nBan Mê,", "(cam kết CT27-<i>X</i>)");
        assertThat(rendered.subject()).isEqualTo("Cảm ơn <b>Cà phê</b> & \"Trà\" Ban Mê đã chung tay vì trẻ em");
    }

    @Test
    void aMissingValueIsAnErrorNeverAGapAndOnlyPlainValuesAreAccepted() {
        Map<String, Object> values = new HashMap<>(MessageKind.PAYMENT_THANK_YOU.sampleValues(VI));
        values.remove("amount");
        assertThatThrownBy(() -> templates.render(MessageKind.PAYMENT_THANK_YOU, VI, values))
                .isInstanceOf(MustacheException.class).hasMessageContaining("amount");

        values.put("amount", new StringBuilder("15.000.000 ₫"));
        assertThatThrownBy(() -> templates.render(MessageKind.PAYMENT_THANK_YOU, VI, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }

    @Test
    void anOptionalValueThatIsAbsentLeavesNoTraceOfItsSentence() {
        Map<String, Object> values = new HashMap<>(MessageKind.PAYMENT_THANK_YOU.sampleValues(EN));
        values.put("reference", false);

        MailTemplates.Rendered rendered = templates.render(MessageKind.PAYMENT_THANK_YOU, EN, values);

        assertThat(rendered.text()).contains("for \"Month of Action for Children 2027\". On behalf").doesNotContain("pledge");
    }

    @Test
    void messagesThatNeedConsentCarryTheWayOutInTheFooterAndCannotBeSentWithoutIt() {
        Map<String, Object> values = new HashMap<>(MessageKind.CAMPAIGN_ANNOUNCEMENT.sampleValues(VI));

        MailTemplates.Rendered rendered = templates.render(MessageKind.CAMPAIGN_ANNOUNCEMENT, VI, values);
        assertThat(rendered.html()).contains("mail.layout.reason.appeals", "href=\"https://chungtay.example/unsubscribe/5e8f20\"",
                "mail.layout.unsubscribe");
        assertThat(rendered.text()).contains("mail.layout.unsubscribe: https://chungtay.example/unsubscribe/5e8f20");
        assertThat(templates.render(MessageKind.PAYMENT_THANK_YOU, VI, MessageKind.PAYMENT_THANK_YOU.sampleValues(VI))
                .html()).doesNotContain("mail.layout.unsubscribe");

        values.remove(MessageKind.UNSUBSCRIBE_URL);
        assertThatThrownBy(() -> templates.render(MessageKind.CAMPAIGN_ANNOUNCEMENT, VI, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MessageKind.UNSUBSCRIBE_URL);
    }

    @Test
    void theLayoutGivesPlainTagsInlineStylesForMailClientsWithoutStyleSheets() {
        String html = templates.render(MessageKind.RECEIPT_ISSUED, VI, MessageKind.RECEIPT_ISSUED.sampleValues(VI)).html();

        assertThat(html).contains("<p style=\"margin:0 0 16px;\">", "max-width:600px", "role=\"presentation\"",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        assertThat(html).containsPattern("<a class=\"button\" href=\"https://chungtay.example/donor\" style=\"[^\"]*background:#c2410c");
        assertThat(MailHtml.inlineStyles("<p style=\"color:red\">x</p><hr/><a href=\"#\">y</a>"))
                .isEqualTo("<p style=\"color:red\">x</p><hr style=\"border:none;border-top:1px solid #eee4d8;margin:24px 0;\"/>"
                        + "<a href=\"#\" style=\"color:#b43c0b;text-decoration:underline;\">y</a>");
    }

    @Test
    void aDraftIsPreviewedWithTheSamplesOrItsProblemsAreListed() {
        TemplateDraft draft = new TemplateDraft("Cảm ơn {{donorName}}", "<p>{{amount}} – {{tenNhaHaoTam}}</p>", "{{amount}}", 0);
        TemplatePreview refused = templates.preview(MessageKind.PAYMENT_THANK_YOU, VI, draft, null);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).extracting(TemplateRefused.Problem::messageKey)
                .containsExactly("mail.templates.error.unknown-placeholder");

        TemplatePreview shown = templates.preview(MessageKind.PAYMENT_THANK_YOU, EN,
                new TemplateDraft("Thanks {{donorName}}", "<p>{{amount}}</p>", "{{amount}}", 0), null);
        assertThat(shown.rendered().subject()).isEqualTo("Thanks Công ty TNHH Cà phê Ban Mê");
        assertThat(shown.rendered().html()).contains("15,000,000 VND");
    }

    /** A repository that knows no edited version: every kind renders its shipped template. */
    private static EditedTemplateVersionRepository noEditedVersions() {
        return (EditedTemplateVersionRepository) Proxy.newProxyInstance(MailTemplatesTest.class.getClassLoader(),
                new Class<?>[] {EditedTemplateVersionRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("findCurrentId")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class FixedFooter extends MailFooters {

        private final Footer footer;

        FixedFooter(String name, String address) {
            super(null, null);
            this.footer = new Footer(name, address);
        }

        @Override
        Footer of(Long fundUnitId) {
            return footer;
        }
    }

    private static final class KeysAsWords implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(VI, EN);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key;
        }
    }
}
