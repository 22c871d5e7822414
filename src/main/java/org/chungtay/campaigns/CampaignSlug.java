package org.chungtay.campaigns;

import java.util.Locale;
import java.util.regex.Pattern;

import org.chungtay.shared.SearchText;

/**
 * The public address of a campaign, {@code /campaigns/<slug>}: lower-case ASCII letters and digits in
 * groups joined by single hyphens, so it survives being read aloud, typed on a phone and pasted into
 * chat apps. It is made from the Vietnamese name without its diacritics ("Tết yêu thương 2027" →
 * "tet-yeu-thuong-2027") and may be edited; it is not an id that could be guessed in sequence.
 */
public final class CampaignSlug {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 80;

    /** Generated slugs stay shorter, so that a suffix for uniqueness still fits. */
    static final int GENERATED_LENGTH = 60;
    static final String FALLBACK = "chien-dich";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern OUTSIDE_ALPHABET = Pattern.compile("[^a-z0-9]+");

    private CampaignSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() >= MIN_LENGTH && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    /** A valid slug for a campaign name, cut at a hyphen if the name is long. */
    public static String fromName(String name) {
        String folded = SearchText.normalise(name == null ? "" : name).toLowerCase(Locale.ROOT);
        String slug = OUTSIDE_ALPHABET.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > GENERATED_LENGTH) {
            int cut = slug.lastIndexOf('-', GENERATED_LENGTH);
            slug = slug.substring(0, cut > MIN_LENGTH ? cut : GENERATED_LENGTH).replaceAll("-+$", "");
        }
        if (slug.length() < MIN_LENGTH) {
            slug = slug.isEmpty() ? FALLBACK : FALLBACK + "-" + slug;
        }
        return slug;
    }

    /** The n-th alternative of a taken slug: "tet-2027-2", "tet-2027-3"… */
    static String alternative(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH
                ? slug.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : slug;
        return base + suffix;
    }
}
