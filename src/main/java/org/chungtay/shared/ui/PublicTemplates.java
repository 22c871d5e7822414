package org.chungtay.shared.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The plain public pages' logic-less templates ({@code templates/public/<name>.mustache}, DD012: the campaign
 * pages, the unsubscribe page), compiled once. Inside a template, {@code {{#t}}key{{/t}}} is the translation of a key in the page's language; values are
 * escaped as HTML.
 */
@Component
public class PublicTemplates {

    private static final String FOLDER = "templates/public/";

    private final I18NProvider translations;
    private final Mustache.Compiler compiler = Mustache.compiler().strictSections(true)
            .withLoader(PublicTemplates::reader);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    PublicTemplates(I18NProvider translations) {
        this.translations = translations;
    }

    public String translate(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** The page {@code name} in the language of {@code locale}, with {@code model} as its values. */
    public String render(String name, Locale locale, Map<String, Object> model) {
        Template template = compiled.computeIfAbsent(name, this::compile);
        Mustache.Lambda translate = (fragment, out) -> out.write(Escapers.HTML.escape(
                translate(locale, fragment.execute().strip())));
        Map<String, Object> values = new HashMap<>(model);
        values.put("t", translate);
        values.put("lang", locale.getLanguage());
        return template.execute(values);
    }

    private Template compile(String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) throws IOException {
        return new InputStreamReader(new ClassPathResource(FOLDER + name + ".mustache").getInputStream(),
                StandardCharsets.UTF_8);
    }
}
