package org.chungtay.communications;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Logic-less templates (jmustache) in {@code mail/<name>.<language>.mustache}: the first line is
 * {@code Subject: …}, then an empty line, then the plain-text body. A missing value is an error,
 * never an empty gap in a letter to a donor.
 */
@Component
class MailTemplates {

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(true);

    Rendered render(String name, Locale language, Map<String, Object> values) {
        String path = "mail/" + name + "." + ("en".equals(language.getLanguage()) ? "en" : "vi") + ".mustache";
        Template template;
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            template = compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("No mail template " + path, e);
        }
        String text = template.execute(values);
        int endOfSubject = text.indexOf('\n');
        if (!text.startsWith("Subject:") || endOfSubject < 0) {
            throw new IllegalStateException("Mail template " + path + " must start with a Subject: line");
        }
        String subject = text.substring("Subject:".length(), endOfSubject).replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(subject, text.substring(endOfSubject + 1).stripLeading());
    }

    record Rendered(String subject, String body) {
    }
}
