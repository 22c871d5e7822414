package org.chungtay.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive text for Vietnamese search. People type names with or without
 * diacritics ("Đắk Lắk", "Dak Lak", "dak lak") and the database collations do not treat them as equal
 * (Đ/đ is not D/d in any of them), so a searchable column stores {@link #normalise(String)} of the
 * text and a query is normalised the same way before {@link #matches(String, String)}.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private SearchText() {
    }

    /**
     * "Nguyễn  Văn Đức " → "nguyen van duc": without diacritics, lower case, single spaces, trimmed.
     */
    public static String normalise(String text) {
        return SPACES.matcher(withoutDiacritics(text)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Removes Vietnamese diacritics and keeps the case: "Đắk Lắk" → "Dak Lak". Decomposition strips
     * tone and vowel marks, but đ is a letter of its own, not d with a mark, so it is mapped by hand.
     */
    public static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * Whether every word of the query occurs somewhere in the already normalised text, in any order:
     * "lak dak" finds "dak lak". A blank query matches everything.
     */
    public static boolean matches(String normalisedText, String query) {
        String normalisedQuery = normalise(query);
        return normalisedQuery.isEmpty()
                || Arrays.stream(normalisedQuery.split(" ")).allMatch(normalisedText::contains);
    }
}
