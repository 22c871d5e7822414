package org.chungtay.shared.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.shared.StaticAssets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The plain public pages' logic-less templates ({@code templates/public/<name>.mustache}, DD012: the campaign
 * pages, the unsubscribe page), compiled once. Inside a template, {@code {{#t}}key{{/t}}} is the translation of a key in the page's language; values are
 * escaped as HTML.
 */
@Component
public class PublicTemplates {

    private static final String FOLDER = "templates/public/";

    private final I18NProvider translations;
    private final ResourceUrlProvider resources;
    private final Mustache.Compiler compiler = Mustache.compiler().strictSections(true)
            .withLoader(PublicTemplates::reader);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    PublicTemplates(I18NProvider translations, ResourceUrlProvider resources) {
        this.translations = translations;
        this.resources = resources;
    }

    /**
     * The values that the head, header and footer of every public page use: its title, the stylesheet and icon
     * at their content-hashed addresses, and the language switch, which leads to the page's own address
     * ({@code address}, relative to the portal's base) in the other language.
     */
    public Map<String, Object> frame(HttpServletRequest request, Locale locale, String title, String address) {
        String base = request.getContextPath() + "/";
        Locale other = Languages.ENGLISH.equals(locale) ? Languages.VIETNAMESE : Languages.ENGLISH;
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("stylesheet", versioned(request, "/" + StaticAssets.PUBLIC_STYLESHEET));
        model.put("favicon", versioned(request, "/" + StaticAssets.ICON));
        model.put("home_url", base);
        model.put("sign_in_url", base + "login");
        model.put("donor_sign_in_url", base + "donor/sign-in");
        model.put("switch_path", base + address);
        model.put("switch_lang", other.getLanguage());
        model.put("switch_label", translate(locale, "language.switch-to"));
        model.put("switch_title", translate(locale, "language.switch-to.label"));
        model.put("meta_description", null);
        model.put("open_graph", List.of());
        return model;
    }

    private String versioned(HttpServletRequest request, String path) {
        String versioned = resources.getForLookupPath(path);
        return request.getContextPath() + (versioned == null ? path : versioned);
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
