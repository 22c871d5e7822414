package org.chungtay.communications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.communications.Placeholder.Shape;
import org.chungtay.communications.TemplateRefused.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a message of a kind in a language: the fund's latest version of the template if it edited one,
 * else the shipped one; the subject on one line, the HTML part inside the one layout
 * ({@code mail/layout.html.mustache}) with the fund's name and address in the footer, and the text part
 * with the same footer ({@code mail/layout.text.mustache}). Values are escaped in the HTML part and
 * nowhere else. A value the template needs and the caller did not give is an error, never an empty gap in
 * a letter to a donor. Versions never change, so a compiled version is kept by its id on every node.
 */
@Component
public class MailTemplates {

    static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).strictSections(true);
    static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).strictSections(true);
    /** The width of {@code email_message.subject}. */
    static final int STORED_SUBJECT_LIMIT = 300;
    private static final int KEPT_VERSIONS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MailTemplates.class);

    private final ShippedTemplates shipped;
    private final EditedTemplateVersionRepository versions;
    private final MailFooters footers;
    private final I18NProvider words;
    private final Template htmlLayout = HTML.compile(ShippedTemplates.read("layout.html.mustache"));
    private final Template textLayout = PLAIN.compile(ShippedTemplates.read("layout.text.mustache"));
    private final Map<Long, Compiled> editedVersions = new ConcurrentHashMap<>();
    private final Map<String, Compiled> shippedVersions = new ConcurrentHashMap<>();

    MailTemplates(ShippedTemplates shipped, EditedTemplateVersionRepository versions, MailFooters footers,
            I18NProvider words) {
        this.shipped = shipped;
        this.versions = versions;
        this.footers = footers;
        this.words = words;
    }

    /** A message as it is stored and sent: the subject on one line, the whole HTML document, the text part. */
    public record Rendered(String subject, String html, String text) {
    }

    /** A message signed by the root unit of the fund tree. */
    Rendered render(MessageKind kind, Locale language, Map<String, Object> values) {
        return render(kind, language, values, null);
    }

    /**
     * A message signed by its fund unit (its receipt name and address), or by the root unit when
     * {@code fundUnitId} is null.
     *
     * @throws MustacheException        when the template needs a value that {@code values} lacks
     * @throws IllegalArgumentException when a value is not plain ({@link PlainValues}), or a message that
     *                                  needs consent has no {@value MessageKind#UNSUBSCRIBE_URL}
     */
    Rendered render(MessageKind kind, Locale language, Map<String, Object> values, Long fundUnitId) {
        PlainValues.check(values);
        MailFooters.Footer footer = footers.of(fundUnitId);
        Optional<Long> edited = versions.findCurrentId(kind, MailLanguage.code(language));
        if (edited.isPresent()) {
            try {
                return render(edited(edited.get(), kind, language), values, layoutValues(kind, language, values, footer));
            } catch (MustacheException broken) {
                // A version saved under other placeholders (before an upgrade) must not stop the change that
                // sends the message; the shipped template says the same, and this is logged to be fixed.
                LOG.error("The fund's {} template in {} could not be rendered ({}); the shipped one was used",
                        kind, MailLanguage.code(language), broken.getMessage());
            }
        }
        return render(shipped(kind, language), values, layoutValues(kind, language, values, footer));
    }

    /** A draft filled with the kind's sample values, signed by the unit; the draft's problems instead, if any. */
    TemplatePreview preview(MessageKind kind, Locale language, TemplateDraft draft, Long fundUnitId) {
        List<Problem> problems = problems(kind, language, draft);
        if (!problems.isEmpty()) {
            return new TemplatePreview(null, problems);
        }
        Map<String, Object> samples = kind.sampleValues(language);
        return new TemplatePreview(render(Compiled.of(draft), samples,
                layoutValues(kind, language, samples, footers.of(fundUnitId))), List.of());
    }

    /**
     * Everything wrong with a draft ({@link TemplateChecks}), then a trial: rendered with the samples, and with
     * every optional placeholder, group and list absent, so that nothing fails later on a real message.
     */
    List<Problem> problems(MessageKind kind, Locale language, TemplateDraft draft) {
        List<Problem> problems = TemplateChecks.problems(kind, draft);
        if (!problems.isEmpty()) {
            return problems;
        }
        Compiled compiled = Compiled.of(draft);
        MailFooters.Footer footer = new MailFooters.Footer("", "");
        List<Problem> failed = new ArrayList<>();
        for (Map<String, Object> values : List.of(kind.sampleValues(language), absent(kind, language))) {
            for (TemplatePart part : TemplatePart.values()) {
                try {
                    compiled.part(part).execute(values);
                } catch (MustacheException broken) {
                    failed.add(TemplateChecks.syntax(part, broken));
                    return failed;
                }
            }
            render(compiled, values, layoutValues(kind, language, values, footer));
        }
        return failed;
    }

    private Compiled edited(long versionId, MessageKind kind, Locale language) {
        if (editedVersions.size() > KEPT_VERSIONS) {
            editedVersions.clear();
        }
        return editedVersions.computeIfAbsent(versionId, id -> Compiled.of(versions.findById(id).orElseThrow()
                .of(kind, language).draft()));
    }

    private Compiled shipped(MessageKind kind, Locale language) {
        return shippedVersions.computeIfAbsent(kind.slug() + "/" + MailLanguage.code(language),
                key -> Compiled.of(shipped.of(kind, language).draft()));
    }

    private Rendered render(Compiled template, Map<String, Object> values, Map<String, Object> layout) {
        String subject = oneLine(template.subject().execute(values));
        Map<String, Object> frame = new HashMap<>(layout);
        frame.put("subject", subject);
        frame.put("body", MailHtml.inlineStyles(template.html().execute(values)));
        String html = htmlLayout.execute(frame);
        frame.put("body", template.text().execute(values).strip());
        return new Rendered(subject, html, textLayout.execute(frame));
    }

    /** What the layout shows around the body: the fund, and for messages that need consent, the way out. */
    private Map<String, Object> layoutValues(MessageKind kind, Locale language, Map<String, Object> values,
            MailFooters.Footer footer) {
        Map<String, Object> layout = new HashMap<>();
        layout.put("language", MailLanguage.code(language));
        layout.put("fundName", footer.name().isBlank() ? words.getTranslation("app.name", language) : footer.name());
        layout.put("fundAddress", footer.address().isBlank() ? false : footer.address());
        if (kind.category() == MessageCategory.TRANSACTIONAL) {
            layout.put("optOut", false);
        } else {
            Object unsubscribe = values.get(MessageKind.UNSUBSCRIBE_URL);
            if (!(unsubscribe instanceof String url) || url.isBlank()) {
                throw new IllegalArgumentException(kind + " is sent only with " + MessageKind.UNSUBSCRIBE_URL);
            }
            layout.put("optOut", Map.of("url", url,
                    "reason", words.getTranslation("mail.layout.reason." + kind.category().name()
                            .toLowerCase(Locale.ROOT).replace('_', '-'), language),
                    "label", words.getTranslation("mail.layout.unsubscribe", language)));
        }
        return layout;
    }

    /** The samples with every placeholder that may be absent taken away. */
    private static Map<String, Object> absent(MessageKind kind, Locale language) {
        Map<String, Object> values = new HashMap<>(kind.sampleValues(language));
        kind.placeholders().forEach(placeholder -> {
            if (placeholder.shape() == Shape.LIST) {
                values.put(placeholder.name(), List.of());
            } else if (placeholder.shape() != Shape.TEXT) {
                values.put(placeholder.name(), false);
            }
        });
        return values;
    }

    private static String oneLine(String subject) {
        String line = subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line.length() <= STORED_SUBJECT_LIMIT ? line : line.substring(0, STORED_SUBJECT_LIMIT - 1) + "…";
    }

    /** A version's three parts, compiled; the layouts are the same for all. */
    private record Compiled(Template subject, Template html, Template text) {

        static Compiled of(TemplateDraft draft) {
            return new Compiled(PLAIN.compile(draft.subject()), HTML.compile(draft.html()), PLAIN.compile(draft.text()));
        }

        Template part(TemplatePart part) {
            return switch (part) {
                case SUBJECT -> subject;
                case HTML -> html;
                case TEXT -> text;
            };
        }

    }
}
