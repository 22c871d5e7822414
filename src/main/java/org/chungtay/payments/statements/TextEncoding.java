package org.chungtay.payments.statements;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chungtay.shared.UserFacingException;

/**
 * Finds the encoding of a CSV file, which says nothing about it.
 *
 * <ol>
 * <li>A byte order mark decides: UTF-8, UTF-16LE or UTF-16BE.</li>
 * <li>Without one, text that is all ASCII or valid UTF-8 is UTF-8: Vietnamese written in any other
 * encoding is practically never valid UTF-8.</li>
 * <li>Otherwise it is one of the two legacy encodings Vietnamese spreadsheets are saved in:
 * Windows-1258 (Excel's "CSV" on a Vietnamese Windows) or TCVN3 (older accounting software). Both
 * decode any byte, so both decode the first 256 KiB and the one that shows fewer signs of being wrong
 * wins (see {@link #anomalies(String)}): characters Vietnamese does not use, such as the ¶ and § or Ø
 * and ñ that Windows-1258 makes of TCVN3's letters; and words that are no Vietnamese syllable, such as
 * "Baềo" or "trừũ", which is what TCVN3 makes of Windows-1258's separate tone marks ("Bảo", "trợ"). A
 * tie goes to Windows-1258, the commoner today.</li>
 * <li>If even the better decoding is mostly wrong (another legacy encoding such as VNI, or not text at
 * all), the file is refused as unreadable rather than imported as mojibake.</li>
 * </ol>
 */
final class TextEncoding {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** The share of a file the legacy-encoding guess looks at: enough text, bounded time. */
    private static final int SAMPLE_BYTES = 256 * 1024;

    /** Vietnamese letters, as a table over the characters below U+2000. */
    private static final boolean[] VIETNAMESE = new boolean[0x2000];
    /** Those of them that carry a tone mark. */
    private static final boolean[] TONED = new boolean[0x2000];
    /** Each Vietnamese letter in lower case without its tone mark: "Ỗ" → "ô". */
    private static final char[] BASE = new char[0x2000];

    private static final String VOWELS = "aăâeêioôơuưy";
    /** Syllable onsets, longest first, so that "ngh" is tried before "ng"; "gi" and "g" are both tried. */
    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> CODAS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k");
    /** The vowel sequences of Vietnamese syllables, tones left out. */
    private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
            "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ưu", "ươ", "uy", "yê", "iêu", "yêu", "oai", "oao", "oay",
            "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu");

    static {
        for (int b = 0x80; b < 0x100; b++) {
            char c = Tcvn3Charset.decode(b);
            if (Character.isLetter(c)) {
                VIETNAMESE[c] = true;
            }
        }
        // The upper-case letters TCVN 5712 keeps in control-character positions.
        for (char c : "ÚỤỪỬỮỨỰỲỶỸÝỴ".toCharArray()) {
            VIETNAMESE[c] = true;
        }
        for (char c = 0x80; c < VIETNAMESE.length; c++) {
            if (VIETNAMESE[c]) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                TONED[c] = decomposed.chars().anyMatch(TextEncoding::isToneMark);
                StringBuilder base = new StringBuilder();
                decomposed.chars().filter(mark -> !isToneMark(mark)).forEach(part -> base.append((char) part));
                BASE[c] = Normalizer.normalize(base, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).charAt(0);
            }
        }
    }

    /**
     * @param name as shown to the user and kept in {@link StatementFile#encoding()}
     * @param offset the length of the byte order mark
     */
    record Detected(Charset charset, String name, int offset) {

        /** A decoder that refuses malformed input where the encoding can have it, and replaces nothing silently. */
        CharsetDecoder decoder() {
            CodingErrorAction onError = charset.equals(WINDOWS_1258) ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        }
    }

    private TextEncoding() {
    }

    static Detected detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, "UTF-8", 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, "UTF-16LE", 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, "UTF-16BE", 2);
        }
        if (looksBinary(bytes)) {
            throw new UserFacingException("statements.error.unsupported-file", fileName);
        }
        if (isUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, "UTF-8", 0);
        }
        String windows = Normalizer.normalize(new String(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES), WINDOWS_1258),
                Normalizer.Form.NFC);
        String tcvn3 = Normalizer.normalize(
                new String(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES), Tcvn3Charset.INSTANCE), Normalizer.Form.NFC);
        int windowsAnomalies = anomalies(windows);
        int tcvn3Anomalies = anomalies(tcvn3);
        boolean isWindows = windowsAnomalies <= tcvn3Anomalies;
        String chosen = isWindows ? windows : tcvn3;
        int anomalies = Math.min(windowsAnomalies, tcvn3Anomalies);
        if (anomalies >= 5 && anomalies * 3 > nonAscii(chosen)) {
            throw new UserFacingException("statements.error.unreadable-encoding", fileName);
        }
        return isWindows ? new Detected(WINDOWS_1258, "windows-1258", 0) : new Detected(Tcvn3Charset.INSTANCE, "TCVN3", 0);
    }

    /**
     * Signs that text was decoded with the wrong encoding: each character Vietnamese text does not use
     * (neither a Vietnamese letter nor common punctuation such as “ ” – … or ₫), and each word with a
     * Vietnamese letter that is no Vietnamese syllable ({@link #isSyllable}) or has a capital with a
     * diacritic after a small letter. Words of plain ASCII letters (names, codes, English) are not
     * judged: both decodings read them alike.
     */
    static int anomalies(String text) {
        int anomalies = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isWordPart(c)) {
                int start = i;
                while (i < text.length() && isWordPart(text.charAt(i))) {
                    i++;
                }
                anomalies += wordAnomalies(text, start, i);
            } else {
                if (c >= 0x80 && !isCommonPunctuation(c)) {
                    anomalies++;
                }
                i++;
            }
        }
        return anomalies;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int wordAnomalies(String text, int start, int end) {
        boolean vietnamese = false;
        boolean afterSmallLetter = false;
        int anomalies = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 0x80) {
                afterSmallLetter = c >= 'a' && c <= 'z';
            } else if (c < VIETNAMESE.length && VIETNAMESE[c]) {
                vietnamese = true;
                if (Character.isUpperCase(c) && afterSmallLetter) {
                    anomalies++;
                }
                afterSmallLetter = Character.isLowerCase(c);
            } else {
                anomalies++;
                afterSmallLetter = false;
            }
        }
        if (vietnamese && anomalies == 0 && !isSyllable(text, start, end)) {
            anomalies++;
        }
        return anomalies;
    }

    /**
     * Whether a word is a Vietnamese syllable: an onset ("ngh", "tr", "qu"…, or none), a vowel sequence
     * Vietnamese has ("uyê", "ươi"…), an optional coda ("ng", "ch"…, and the "k" of
     * "Đắk Lắk"), and at most one tone mark. Loose
     * (it accepts some syllables no one writes) but enough to tell Vietnamese from mojibake, which puts
     * tones on the wrong vowels and vowels in impossible sequences.
     */
    static boolean isSyllable(String text, int start, int end) {
        StringBuilder base = new StringBuilder(end - start);
        int tones = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 0x80) {
                base.append(Character.toLowerCase(c));
            } else {
                base.append(BASE[c]);
                if (TONED[c] && ++tones > 1) {
                    return false;
                }
            }
        }
        String syllable = base.toString();
        for (String onset : ONSETS) {
            if (syllable.startsWith(onset) && isRhyme(syllable.substring(onset.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRhyme(String rhyme) {
        int vowels = 0;
        while (vowels < rhyme.length() && VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) {
            vowels++;
        }
        return vowels > 0 && NUCLEI.contains(rhyme.substring(0, vowels)) && CODAS.contains(rhyme.substring(vowels));
    }

    private static boolean isToneMark(int c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isCommonPunctuation(char c) {
        return c == '\u00A0' || c == '\u20AB' || c == '\u20AC' || c == '\u00B0' || c == '\uFEFF'
                || (c >= '\u2000' && c <= '\u206F');
    }

    private static int nonAscii(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                count++;
            }
        }
        return count;
    }

    /**
     * Control characters other than tab, line breaks, form feed and the old end-of-file mark do not
     * occur in a CSV file; NUL bytes mean UTF-16 without a byte order mark, or a binary file. Either way
     * this is not a statement this reader can take.
     */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > sample;
    }

    /** Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing beyond U+10FFFF). */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int following;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                following = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                following = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                following = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + following >= n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k <= following; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += following + 1;
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
