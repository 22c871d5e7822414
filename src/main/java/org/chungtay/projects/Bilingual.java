package org.chungtay.projects;

import java.util.Locale;

/** Picks the English text for English readers when there is one, else the Vietnamese. */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(Locale locale, String vietnamese, String english) {
        return locale != null && "en".equals(locale.getLanguage()) && english != null && !english.isBlank()
                ? english : vietnamese;
    }
}
