package org.chungtay.communications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A value a kind of message offers its templates, with what it looks like in each language, for the
 * editor's list and its preview. Whoever enqueues a message of the kind passes a value for every
 * placeholder of it: a {@link Shape#TEXT} as a string, an {@link Shape#OPTIONAL} as a string or
 * {@code false}, a {@link Shape#GROUP} as a map of its fields or {@code false}, a {@link Shape#LIST} as a
 * list of maps of its fields (possibly empty).
 *
 * @param fields   the fields of a group or of each item of a list; empty otherwise
 * @param sampleVi the value shown in the Vietnamese preview: a string, or for a group a map, for a list
 *                 a list of maps
 * @param sampleEn the same in English
 */
public record Placeholder(String name, Shape shape, List<Placeholder> fields, Object sampleVi, Object sampleEn) {

    /** How a template uses a placeholder. */
    public enum Shape {
        /** Always there: {@code {{name}}}. */
        TEXT,
        /** There or not: {@code {{#name}}…{{name}}…{{/name}}}, or {@code {{^name}}…{{/name}}} when it is not. */
        OPTIONAL,
        /** Fields that come together or not at all: {@code {{#name}}{{field}}{{/name}}}. */
        GROUP,
        /** Items, each with the same fields, repeated in order: {@code {{#name}}{{field}}{{/name}}}. */
        LIST;

        public String labelKey() {
            return "mail.placeholder.shape." + name().toLowerCase(Locale.ROOT);
        }
    }

    public Placeholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        fields = List.copyOf(fields);
    }

    static Placeholder text(String name, String sampleVi, String sampleEn) {
        return new Placeholder(name, Shape.TEXT, List.of(), sampleVi, sampleEn);
    }

    static Placeholder optional(String name, String sampleVi, String sampleEn) {
        return new Placeholder(name, Shape.OPTIONAL, List.of(), sampleVi, sampleEn);
    }

    static Placeholder group(String name, Placeholder... fields) {
        return new Placeholder(name, Shape.GROUP, List.of(fields), sample(List.of(fields), "vi"),
                sample(List.of(fields), "en"));
    }

    /**
     * A list whose items have the fields of the first sample item; the field samples shown in the editor's
     * list are those of that item.
     */
    static Placeholder list(String name, List<Map<String, Object>> sampleVi, List<Map<String, Object>> sampleEn) {
        Map<String, Object> firstVi = sampleVi.getFirst();
        Map<String, Object> firstEn = sampleEn.getFirst();
        List<Placeholder> fields = firstVi.keySet().stream()
                .map(field -> text(field, String.valueOf(firstVi.get(field)), String.valueOf(firstEn.get(field))))
                .toList();
        return new Placeholder(name, Shape.LIST, fields, List.copyOf(sampleVi), List.copyOf(sampleEn));
    }

    /**
     * A list whose items have these fields, some of them perhaps optional ({@code false} in an item that
     * lacks it).
     */
    static Placeholder list(String name, List<Placeholder> fields, List<Map<String, Object>> sampleVi,
            List<Map<String, Object>> sampleEn) {
        return new Placeholder(name, Shape.LIST, fields, List.copyOf(sampleVi), List.copyOf(sampleEn));
    }

    /** An item of a list's samples, its fields in the order given: name, value, name, value… */
    static Map<String, Object> item(String... namesAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return item;
    }

    /** The value shown in the preview in this language. */
    public Object sample(Locale language) {
        return MailLanguage.isEnglish(language) ? sampleEn : sampleVi;
    }

    /** The field of a group or list item with this name, if it has one. */
    java.util.Optional<Placeholder> field(String fieldName) {
        return fields.stream().filter(field -> field.name.equals(fieldName)).findFirst();
    }

    /** How the editor shows it: {@code {{name}}}, or {@code {{#name}}…{{/name}}} for the shapes used as sections. */
    public String tag() {
        return shape == Shape.TEXT ? "{{" + name + "}}" : "{{#" + name + "}}…{{/" + name + "}}";
    }

    private static Map<String, Object> sample(List<Placeholder> fields, String language) {
        Map<String, Object> sample = new LinkedHashMap<>();
        fields.forEach(field -> sample.put(field.name, "en".equals(language) ? field.sampleEn : field.sampleVi));
        return sample;
    }
}
