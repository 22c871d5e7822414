package org.chungtay.communications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chungtay.shared.ui.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The templates that come with the portal, version 0 of every kind in both languages:
 * {@code mail/<slug>/<vi|en>.subject.mustache}, {@code .html.mustache} and {@code .text.mustache}. The
 * HTML file holds only what goes inside the layout ({@code mail/layout.html.mustache}).
 */
@Component
class ShippedTemplates {

    private final Map<String, TemplateVersion> loaded = new ConcurrentHashMap<>();

    TemplateVersion of(MessageKind kind, Locale language) {
        String code = MailLanguage.code(language);
        return loaded.computeIfAbsent(kind.slug() + "/" + code, key -> new TemplateVersion(kind, Languages.of(code),
                TemplateVersion.SHIPPED, read(key + ".subject.mustache").strip(), read(key + ".html.mustache"),
                read(key + ".text.mustache"), null, null, null));
    }

    /** A file of {@code mail/}, as UTF-8 text. */
    static String read(String name) {
        try (InputStream in = new ClassPathResource("mail/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template file mail/" + name, e);
        }
    }
}
