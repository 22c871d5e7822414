package org.chungtay.communications;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

import org.chungtay.communications.Placeholder.Shape;
import org.chungtay.communications.TemplateRefused.Problem;

/**
 * What a template must be before it is saved: each part present and within its limit, the subject on one
 * line, valid Mustache, and only the placeholders its kind offers, each used as its shape allows. In the
 * HTML part every value is escaped: tags that would print a value unescaped ({@code {{{x}}}},
 * {@code {{&x}}}) are refused, and so are partials and changed delimiters, which no shipped template
 * needs and which would let a template escape these checks. Problems come with the line they are on.
 */
final class TemplateChecks {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Set<String> ITERATION_NAMES = Set.of("-first", "-last", "-index");

    private TemplateChecks() {
    }

    /** Every problem of the draft, all parts at once; empty when it may be saved. */
    static List<Problem> problems(MessageKind kind, TemplateDraft draft) {
        List<Problem> problems = new ArrayList<>();
        for (TemplatePart part : TemplatePart.values()) {
            problems.addAll(problems(kind, part, draft.part(part)));
        }
        return problems;
    }

    static List<Problem> problems(MessageKind kind, TemplatePart part, String source) {
        int limit = part == TemplatePart.SUBJECT ? TemplateDraft.SUBJECT_LIMIT : TemplateDraft.BODY_LIMIT;
        if (source == null || source.isBlank()) {
            return List.of(new Problem(part, "mail.templates.error.required"));
        }
        if (source.length() > limit) {
            return List.of(new Problem(part, "mail.templates.error.too-long", limit));
        }
        if (part == TemplatePart.SUBJECT && (source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0)) {
            return List.of(new Problem(part, "mail.templates.error.subject-line"));
        }
        int unclosed = unclosedTag(source);
        if (unclosed >= 0) {
            return List.of(new Problem(part, "mail.templates.error.unclosed-tag", lineOf(source, unclosed)));
        }
        try {
            compiler(part).compile(source);
        } catch (MustacheException invalid) {
            return List.of(syntax(part, invalid));
        }
        return new Scan(kind, part, source).problems();
    }

    /** Where a tag opens (two braces) that is never closed, or -1. */
    private static int unclosedTag(String source) {
        int at = 0;
        for (int start = source.indexOf("{{"); start >= 0; start = source.indexOf("{{", at)) {
            int end = source.indexOf("}}", start + 2);
            if (end < 0) {
                return start;
            }
            at = end + 2;
        }
        return -1;
    }

    /** The line (from 1) of a position in the source, as text: MessageFormat would group a number's digits. */
    private static String lineOf(String source, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return String.valueOf(line);
    }

    static Mustache.Compiler compiler(TemplatePart part) {
        return part == TemplatePart.HTML ? MailTemplates.HTML : MailTemplates.PLAIN;
    }

    /** jmustache's own message names the tag and the line; the person reads it in their language. */
    static Problem syntax(TemplatePart part, MustacheException invalid) {
        String message = String.valueOf(invalid.getMessage());
        Matcher line = LINE.matcher(message);
        String lineNumber = line.find() ? line.group(1) : "?";
        Matcher quoted = QUOTED.matcher(message);
        String name = quoted.find() ? quoted.group(1) : "";
        if (message.contains("missing close tag")) {
            return new Problem(part, "mail.templates.error.unclosed-section", "{{#" + name + "}}", lineNumber);
        }
        if (message.contains("mismatched open tag")) {
            return new Problem(part, "mail.templates.error.mismatched-close", "{{/" + name + "}}", lineNumber);
        }
        if (message.contains("no open tag")) {
            return new Problem(part, "mail.templates.error.close-without-open", "{{/" + name + "}}", lineNumber);
        }
        return new Problem(part, "mail.templates.error.syntax", lineNumber);
    }

    /** The template's tags in order, with the sections open around each, checked against the kind. */
    private static final class Scan {

        private final MessageKind kind;
        private final TemplatePart part;
        private final String source;
        private final Deque<Section> open = new ArrayDeque<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> reported = new HashSet<>();

        Scan(MessageKind kind, TemplatePart part, String source) {
            this.kind = kind;
            this.part = part;
            this.source = source;
        }

        List<Problem> problems() {
            int at = 0;
            while (true) {
                int start = source.indexOf("{{", at);
                if (start < 0) {
                    return problems;
                }
                int end = source.indexOf("}}", start + 2);
                if (end < 0) {
                    problems.add(new Problem(part, "mail.templates.error.unclosed-tag", line(start)));
                    return problems;
                }
                if (source.startsWith("{{{", start)) {
                    end = source.indexOf("}}}", start + 3);
                    if (end < 0) {
                        problems.add(new Problem(part, "mail.templates.error.unclosed-tag", line(start)));
                        return problems;
                    }
                    unescaped(source.substring(start + 3, end).strip(), start);
                    at = end + 3;
                    continue;
                }
                tag(source.substring(start + 2, end).strip(), start);
                at = end + 2;
            }
        }

        private void tag(String tag, int at) {
            if (tag.isEmpty()) {
                problems.add(new Problem(part, "mail.templates.error.syntax", line(at)));
                return;
            }
            char type = tag.charAt(0);
            String name = tag.substring(1).strip();
            switch (type) {
                case '!' -> {
                    // a comment
                }
                case '#', '^' -> openSection(name, type == '^', at);
                case '/' -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                case '&' -> unescaped(name, at);
                case '=' -> problems.add(new Problem(part, "mail.templates.error.delimiters", line(at)));
                case '>', '<', '$' -> problems.add(new Problem(part, "mail.templates.error.partial",
                        "{{" + tag + "}}", line(at)));
                default -> variable(tag, at);
            }
        }

        private void unescaped(String name, int at) {
            if (part == TemplatePart.HTML) {
                problems.add(new Problem(part, "mail.templates.error.unescaped", "{{" + name + "}}", line(at)));
            } else {
                variable(name, at);
            }
        }

        private void openSection(String name, boolean inverted, int at) {
            if (ITERATION_NAMES.contains(name)) {
                if (!insideList()) {
                    unknown(name, at);
                }
                open.push(new Section(null, true));
                return;
            }
            Optional<Placeholder> placeholder = resolve(name);
            if (placeholder.isEmpty()) {
                unknown(name, at);
            }
            open.push(new Section(placeholder.orElse(null), inverted));
        }

        /** Whether the innermost section that sets the context is a list's item. */
        private boolean insideList() {
            Section innermost = innermostContext();
            return innermost != null && innermost.placeholder != null && innermost.placeholder.shape() == Shape.LIST;
        }

        private void variable(String name, int at) {
            if (".".equals(name) || "this".equals(name)) {
                Section innermost = innermostContext();
                if (innermost == null || innermost.placeholder == null
                        || innermost.placeholder.shape() == Shape.GROUP || innermost.placeholder.shape() == Shape.LIST) {
                    unknown(name, at);
                }
                return;
            }
            if (ITERATION_NAMES.contains(name)) {
                if (!insideList()) {
                    unknown(name, at);
                }
                return;
            }
            Optional<Placeholder> found = resolve(name);
            if (found.isEmpty()) {
                unknown(name, at);
                return;
            }
            Placeholder placeholder = found.get();
            if (placeholder.shape() == Shape.GROUP || placeholder.shape() == Shape.LIST) {
                report("mail.templates.error.not-a-value", name, at, placeholder.tag());
            } else if (placeholder.shape() == Shape.OPTIONAL && open.stream()
                    .noneMatch(section -> section.placeholder == placeholder && !section.inverted)) {
                report("mail.templates.error.optional-outside", name, at, placeholder.tag());
            }
        }

        /**
         * A name as Mustache looks it up: the innermost section's fields first, out to the kind's placeholders.
         * Dotted names ({@code transfer.bankName}) are not offered: they would reach into a group that may be
         * absent without a section around them.
         */
        private Optional<Placeholder> resolve(String name) {
            if (name.indexOf('.') >= 0) {
                return Optional.empty();
            }
            for (Section section : open) {
                if (!section.inverted && section.placeholder != null) {
                    Optional<Placeholder> field = section.placeholder.field(name);
                    if (field.isPresent()) {
                        return field;
                    }
                }
            }
            return kind.placeholder(name);
        }

        /** The section whose value is the context of a tag: inverted sections change nothing. */
        private Section innermostContext() {
            return open.stream().filter(section -> !section.inverted).findFirst().orElse(null);
        }

        private void unknown(String name, int at) {
            report("mail.templates.error.unknown-placeholder", name, at, null);
        }

        /** Each name once per problem and part, at its first line: a misspelling used ten times is one problem. */
        private void report(String messageKey, String name, int at, String suggestion) {
            if (reported.add(messageKey + " " + name)) {
                problems.add(suggestion == null
                        ? new Problem(part, messageKey, "{{" + name + "}}", line(at))
                        : new Problem(part, messageKey, "{{" + name + "}}", line(at), suggestion));
            }
        }

        private String line(int at) {
            return lineOf(source, at);
        }
    }

    private record Section(Placeholder placeholder, boolean inverted) {
    }
}
