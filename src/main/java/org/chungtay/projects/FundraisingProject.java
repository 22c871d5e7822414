package org.chungtay.projects;

import java.util.Locale;

import org.chungtay.shared.Programme;

/** A project a donor may designate a pledge of a campaign to (pledges module): it raises money for that campaign. */
public record FundraisingProject(long id, String slug, String titleVi, String titleEn, Programme programme) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleVi, titleEn);
    }
}
