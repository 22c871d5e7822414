package org.chungtay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chungtay.shared.Role;
import org.junit.jupiter.api.Test;

/** Every word a person reads is a key, translated into Vietnamese and English. */
class TranslationsTest {

    private static final Path MAIN = Path.of("src/main/java/org/chungtay");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    /** Calls whose string arguments are for machines, not people. */
    private static final Pattern TECHNICAL_LINE = Pattern.compile(
            "LOG\\.|executeJs|Locale\\.of|@Route|@Menu|@StyleSheet|@JavaScript|setId\\(|ClassName|getStyle\\(\\)");

    private final Properties vietnamese = load("vi");
    private final Properties english = load("en");

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(vietnamese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() {
        Stream.of(vietnamese, english).forEach(words -> words.forEach((key, text) ->
                assertThat(text.toString().strip()).as("translation of %s", key).isNotEmpty()));
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> prefixes = vietnamese.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path source : sources(MAIN)) {
            for (String literal : literals(Files.readString(source))) {
                if (KEY.matcher(literal).matches() && prefixes.contains(literal.substring(0, literal.indexOf('.')))
                        && !vietnamese.containsKey(literal)) {
                    missing.add(source.getFileName() + ": " + literal);
                }
            }
        }
        for (Role role : Role.values()) {
            if (!vietnamese.containsKey(role.labelKey())) {
                missing.add("Role." + role + ": " + role.labelKey());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsContainNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path source : sources(MAIN)) {
            String path = source.toString().replace('\\', '/');
            if (!path.contains("/ui/") && !path.contains("/shell/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int number = 0; number < lines.size(); number++) {
                String line = lines.get(number);
                if (TECHNICAL_LINE.matcher(line).find() || line.strip().startsWith("*") || line.strip().startsWith("/")) {
                    continue;
                }
                for (String literal : literals(line)) {
                    if (looksLikeProse(literal) && !vietnamese.containsKey(literal)) {
                        hardCoded.add(source.getFileName() + ":" + (number + 1) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).as("visible text must come from translation keys").isEmpty();
    }

    /**
     * Words for people have a space, a capital or a Vietnamese letter; ids, CSS classes and
     * patterns (with a backslash) do not.
     */
    private static boolean looksLikeProse(String literal) {
        return literal.chars().anyMatch(Character::isLetter) && literal.indexOf('\\') < 0
                && literal.chars().anyMatch(c -> c == ' ' || Character.isUpperCase(c) || c > 127);
    }

    private static List<String> literals(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = LITERAL.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
