package org.chungtay.children;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

/**
 * A pseudonym written out in a language, as ledger lines, emails and staff views show it: "Em H. (mã
 * TE-7KQ3MZ), sinh năm 2016, Phường Tân Lợi". Never the given name, even when consent lets it be shared: the
 * label is written where it stays (a ledger line, a sent email) and a withdrawal must hide the name at once.
 */
@Component
public class PseudonymLabels {

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private final I18NProvider words;

    PseudonymLabels(I18NProvider words) {
        this.words = words;
    }

    public String of(Pseudonym child, Locale language) {
        return words.getTranslation("children.pseudonym.label", language, child.initial(), child.code(),
                Integer.toString(child.birthYear()), child.communeName());
    }

    public String vietnamese(Pseudonym child) {
        return of(child, VIETNAMESE);
    }

    public String english(Pseudonym child) {
        return of(child, ENGLISH);
    }
}
