package org.chungtay.communications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chungtay.communications.MessageKind;
import org.chungtay.communications.Placeholder;
import org.chungtay.communications.TemplateDraft;
import org.chungtay.communications.TemplatePart;
import org.chungtay.communications.TemplateRefused;
import org.chungtay.communications.TemplateVersion;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The template form without a browser or Spring: what it hands over, for the preview and to save, and what it marks. */
class MailTemplateFormTest {

    private static final TemplateVersion VERSION_3 = new TemplateVersion(MessageKind.PAYMENT_THANK_YOU, Locale.of("vi"),
            3, "Cảm ơn {{donorName}}", "<p>Kính gửi {{donorName}},</p>", "Kính gửi {{donorName}},", "manager",
            Instant.parse("2027-06-01T02:00:00Z"), null);

    private final List<TemplateDraft> saved = new ArrayList<>();
    private final List<TemplateDraft> previewed = new ArrayList<>();

    private MailTemplateForm form(TemplateVersion version, boolean editable) {
        MailTemplateForm form = new MailTemplateForm(version, editable);
        form.addSaveListener(event -> saved.add(event.draft()));
        form.addDraftListener(event -> previewed.add(event.draft()));
        return form;
    }

    @Test
    void theVersionInUseIsShownAndHandedBackChangedWithTheVersionItWasBasedOn() {
        MailTemplateForm form = form(VERSION_3, true);
        assertThat(form.subject.getValue()).isEqualTo("Cảm ơn {{donorName}}");
        assertThat(form.hasChanges()).isFalse();

        form.subject.setValue("  Cảm ơn {{donorName}} đã chung tay ");
        form.html.setValue("<p>Xin cảm ơn {{donorName}}.</p>");

        assertThat(form.hasChanges()).isTrue();
        assertThat(previewed).as("each change goes to the preview").hasSize(2)
                .last().satisfies(draft -> assertThat(draft.html()).isEqualTo("<p>Xin cảm ơn {{donorName}}.</p>"));
        form.save();
        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.subject()).isEqualTo("Cảm ơn {{donorName}} đã chung tay");
            assertThat(draft.html()).isEqualTo("<p>Xin cảm ơn {{donorName}}.</p>");
            assertThat(draft.text()).isEqualTo("Kính gửi {{donorName}},");
            assertThat(draft.basedOnVersion()).isEqualTo(3);
        });
    }

    @Test
    void everyEmptyPartAndASubjectOfTwoLinesIsMarkedAndNothingIsSaved() {
        MailTemplateForm form = form(VERSION_3, true);
        form.subject.setValue("Cảm ơn\n{{donorName}}");
        form.html.setValue("");
        form.text.setValue("");

        form.save();

        assertThat(saved).isEmpty();
        assertThat(form.subject.isInvalid()).isTrue();
        assertThat(form.subject.getErrorMessage()).contains("mail.templates.error.subject-line");
        assertThat(form.html.isInvalid()).isTrue();
        assertThat(form.html.getErrorMessage()).contains("mail.templates.error.required");
        assertThat(form.text.isInvalid()).isTrue();
    }

    @Test
    void whatTheServiceRefusedIsShownOnEachPartEveryProblemOfIt() {
        MailTemplateForm form = form(VERSION_3, true);

        boolean shown = form.showProblem(new TemplateRefused(List.of(
                new TemplateRefused.Problem(TemplatePart.HTML, "mail.templates.error.unknown-placeholder", "{{tenNhaHaoTam}}", "2"),
                new TemplateRefused.Problem(TemplatePart.HTML, "mail.templates.error.unclosed-section", "{{#reference}}", "4"),
                new TemplateRefused.Problem(TemplatePart.TEXT, "mail.templates.error.syntax", "1"))));

        assertThat(shown).isTrue();
        assertThat(form.html.isInvalid()).isTrue();
        assertThat(form.html.getErrorMessage()).contains("mail.templates.error.unknown-placeholder",
                "mail.templates.error.unclosed-section");
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.subject.isInvalid()).isFalse();
        assertThat(form.showProblem(new UserFacingException("mail.templates.error.conflict"))).isFalse();

        form.html.setValue("<p>{{donorName}}</p>");
        assertThat(form.html.isInvalid()).as("a change clears the mark until the next save").isFalse();
    }

    @Test
    void thoseWhoMayNotEditReadTheTemplateWithoutASaveButton() {
        MailTemplateForm form = form(VERSION_3, false);

        assertThat(form.subject.isReadOnly()).isTrue();
        assertThat(form.html.isReadOnly()).isTrue();
        assertThat(form.text.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
    }

    @Test
    void aPlaceholderIsInsertedAsAValueOrAsASectionReadyToFill() {
        assertThat(PlaceholderList.insertion(MessageKind.PAYMENT_THANK_YOU.placeholder("amount").orElseThrow()))
                .isEqualTo("{{amount}}");
        assertThat(PlaceholderList.insertion(MessageKind.PAYMENT_THANK_YOU.placeholder("reference").orElseThrow()))
                .isEqualTo("{{#reference}}{{reference}}{{/reference}}");
        Placeholder items = MessageKind.PROGRESS_DIGEST.placeholder("items").orElseThrow();
        assertThat(PlaceholderList.insertion(items)).isEqualTo("{{#items}}\n{{/items}}");
        assertThat(items.fields()).extracting(Placeholder::name)
                .containsExactly("title", "raised", "progress", "news", "imageUrl", "pageUrl");
    }
}
