package org.chungtay.pledges;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** A pledge's commitment in one sentence of the donor's language, for pages and emails alike. */
public final class PledgeTexts {

    private PledgeTexts() {
    }

    public static String commitment(I18NProvider words, Locale language, PledgeConfirmation pledge) {
        String programme = pledge.programme() == null ? ""
                : words.getTranslation("pledges.commitment.programme", language,
                        words.getTranslation(pledge.programme().labelKey(), language));
        if (pledge.projectTitle(language) != null) {
            programme = words.getTranslation("pledges.commitment.project-named", language, pledge.projectTitle(language));
        }
        return switch (pledge.kind()) {
            case DONATION -> words.getTranslation("pledges.commitment.donation", language,
                    pledge.total().format(language)) + programme;
            case DIRECT_SPONSORSHIP -> words.getTranslation("pledges.commitment.sponsorship", language,
                    pledge.children(), pledge.months(), pledge.perChildPerMonth().format(language)) + programme;
            case PROJECT_FUNDING -> words.getTranslation("pledges.commitment.project", language,
                    pledge.total().format(language)) + programme;
            case IN_KIND -> words.getTranslation("pledges.commitment.in-kind", language,
                    pledge.inKindDescription(), pledge.total().format(language));
        };
    }
}
