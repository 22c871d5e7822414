package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chungtay.communications.TemplateRefused.Problem;
import org.junit.jupiter.api.Test;

/** What a fund manager may save: only the kind's placeholders, each as its shape allows, in valid Mustache. */
class TemplateChecksTest {

    @Test
    void aPlaceholderTheKindDoesNotOfferIsRefusedByNameAndLineOnceHoweverOftenItIsUsed() {
        List<Problem> problems = TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.HTML,
                "<p>Kính gửi {{donorName}},</p>\n<p>{{tenNhaHaoTam}} ơi, {{ tenNhaHaoTam }}</p>");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.part()).isEqualTo(TemplatePart.HTML);
            assertThat(problem.messageKey()).isEqualTo("mail.templates.error.unknown-placeholder");
            assertThat(problem.arguments()).containsExactly("{{tenNhaHaoTam}}", "2");
        });
    }

    @Test
    void aPlaceholderOfAnotherKindIsUnknownHere() {
        assertThat(keys(TemplateChecks.problems(MessageKind.DONOR_SIGN_IN_LINK, TemplatePart.TEXT, "{{amount}}")))
                .containsExactly("mail.templates.error.unknown-placeholder");
    }

    @Test
    void mustacheSyntaxErrorsAreToldWithTheirLine() {
        Problem unclosed = TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT,
                "Kính gửi {{donorName}},\n{{#reference}}cam kết {{reference}}\nhết").getFirst();
        assertThat(unclosed.messageKey()).isEqualTo("mail.templates.error.unclosed-section");
        assertThat(unclosed.arguments()).containsExactly("{{#reference}}", "2");

        Problem mismatched = TemplateChecks.problems(MessageKind.PLEDGE_CONFIRMATION, TemplatePart.TEXT,
                "a\nb\n{{#transfer}}{{bankName}}{{/optInUrl}}").getFirst();
        assertThat(mismatched.messageKey()).isEqualTo("mail.templates.error.mismatched-close");
        assertThat(mismatched.arguments()[1]).isEqualTo("3");

        Problem stray = TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT,
                "{{donorName}}\n{{/reference}}").getFirst();
        assertThat(stray.messageKey()).isEqualTo("mail.templates.error.close-without-open");
        assertThat(stray.arguments()).containsExactly("{{/reference}}", "2");

        Problem open = TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.HTML,
                "<p>{{donorName}}</p>\n<p>{{amount</p>").getFirst();
        assertThat(open.messageKey()).isEqualTo("mail.templates.error.unclosed-tag");
        assertThat(open.arguments()).containsExactly("2");
    }

    @Test
    void theHtmlPartEscapesEveryValueTheTextPartNeedNot() {
        assertThat(keys(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.HTML, "<p>{{{donorName}}}</p>")))
                .containsExactly("mail.templates.error.unescaped");
        assertThat(keys(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.HTML, "<p>{{& donorName}}</p>")))
                .containsExactly("mail.templates.error.unescaped");
        assertThat(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT, "{{{donorName}}} {{&amount}}"))
                .isEmpty();
        assertThat(keys(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT, "{{{donorNam}}}")))
                .containsExactly("mail.templates.error.unknown-placeholder");
    }

    @Test
    void partialsAndChangedDelimitersWouldSlipPastTheChecksAndAreRefused() {
        assertThat(keys(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT, "{{> footer}}")))
                .containsExactly("mail.templates.error.partial");
        assertThat(keys(TemplateChecks.problems(MessageKind.PAYMENT_THANK_YOU, TemplatePart.TEXT,
                "{{=<% %>=}}<% secret %>"))).contains("mail.templates.error.delimiters");
    }

    @Test
    void fieldsOfAGroupOrAListAreKnownOnlyInsideItAndTheGroupIsNoValue() {
        MessageKind kind = MessageKind.PLEDGE_CONFIRMATION;
        assertThat(TemplateChecks.problems(kind, TemplatePart.TEXT, """
                {{#transfer}}{{bankName}} {{accountNumber}} {{reference}}
                {{#instalments}}{{number}}: {{amount}}, {{dueDate}}{{#-last}}.{{/-last}}{{/instalments}}
                {{/transfer}}{{^transfer}}Không chuyển khoản.{{/transfer}}""")).isEmpty();
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.TEXT, "{{bankName}}")))
                .containsExactly("mail.templates.error.unknown-placeholder");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.TEXT, "{{#transfer}}{{number}}{{/transfer}}")))
                .containsExactly("mail.templates.error.unknown-placeholder");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.TEXT, "{{transfer.bankName}}")))
                .as("a group may be absent: its fields only inside it").containsExactly("mail.templates.error.unknown-placeholder");
        Problem group = TemplateChecks.problems(kind, TemplatePart.TEXT, "{{transfer}}").getFirst();
        assertThat(group.messageKey()).isEqualTo("mail.templates.error.not-a-value");
        assertThat(group.arguments()).containsExactly("{{transfer}}", "1", "{{#transfer}}…{{/transfer}}");
    }

    @Test
    void anOptionalValueIsPrintedOnlyInsideItsOwnSectionNeverAsFalse() {
        MessageKind kind = MessageKind.PAYMENT_THANK_YOU;
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.TEXT, "cam kết {{reference}}")))
                .containsExactly("mail.templates.error.optional-outside");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.TEXT, "{{^reference}}{{reference}}{{/reference}}")))
                .containsExactly("mail.templates.error.optional-outside");
        assertThat(TemplateChecks.problems(kind, TemplatePart.TEXT, "{{#reference}}cam kết {{reference}}, {{.}}{{/reference}}"))
                .isEmpty();
    }

    @Test
    void eachPartIsRequiredWithinItsLimitAndTheSubjectIsOneLine() {
        MessageKind kind = MessageKind.PAYMENT_THANK_YOU;
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.SUBJECT, "  "))).containsExactly("mail.templates.error.required");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.SUBJECT, "Cảm ơn\n{{donorName}}")))
                .containsExactly("mail.templates.error.subject-line");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.SUBJECT, "x".repeat(TemplateDraft.SUBJECT_LIMIT + 1))))
                .containsExactly("mail.templates.error.too-long");
        assertThat(keys(TemplateChecks.problems(kind, TemplatePart.HTML, "x".repeat(TemplateDraft.BODY_LIMIT + 1))))
                .containsExactly("mail.templates.error.too-long");
        assertThat(keys(TemplateChecks.problems(kind, new TemplateDraft("", "<p>{{x}}</p>", "{{#y}}", 0))))
                .containsExactly("mail.templates.error.required", "mail.templates.error.unknown-placeholder",
                        "mail.templates.error.unclosed-section");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }
}
