package org.chungtay.projects;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A progress update with its photos, each named by its random token (its public address, see
 * {@link ProjectsNavigation#photo(String)}).
 */
public record ProjectUpdate(long id, String textVi, String textEn, UpdateVisibility visibility, Instant publishedAt,
        String author, List<String> photoTokens) {

    public ProjectUpdate {
        photoTokens = List.copyOf(photoTokens);
    }

    public String text(Locale locale) {
        return Bilingual.pick(locale, textVi, textEn);
    }
}
