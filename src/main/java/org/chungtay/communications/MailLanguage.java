package org.chungtay.communications;

import java.util.List;
import java.util.Locale;

/** The two languages of mail templates, by their code: Vietnamese first, and for anything else. */
final class MailLanguage {

    static final List<String> CODES = List.of("vi", "en");

    private MailLanguage() {
    }

    static boolean isEnglish(Locale language) {
        return language != null && "en".equals(language.getLanguage());
    }

    /** "en" for English, "vi" for Vietnamese and any language the portal does not speak. */
    static String code(Locale language) {
        return isEnglish(language) ? "en" : "vi";
    }
}
