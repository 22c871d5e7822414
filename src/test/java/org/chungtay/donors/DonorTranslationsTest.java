package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Labels that the code builds from enum names, which TranslationsTest cannot see as literals. */
class DonorTranslationsTest {

    @Test
    void everyLabelBuiltFromAnEnumIsTranslatedInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(DonorType.values()).map(DonorType::labelKey).forEach(keys::add);
        Stream.of(Sector.values()).map(Sector::labelKey).forEach(keys::add);
        Stream.of(ConsentCategory.values()).map(ConsentCategory::labelKey).forEach(keys::add);
        Stream.of(ConsentSource.values()).map(ConsentSource::labelKey).forEach(keys::add);
        Stream.of(ClaimStatus.values()).map(ClaimStatus::labelKey).forEach(keys::add);
        DonorChecks.LANGUAGES.forEach(language -> keys.add("donors.language." + language));

        for (String language : List.of("vi", "en")) {
            assertThat(load(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = DonorTranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
