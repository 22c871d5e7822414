package org.chungtay.payments.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chungtay.shared.SearchText;

/** Cell text as the reader keeps it, and the forms it compares. */
final class Texts {

    private Texts() {
    }

    /**
     * The cell as written, in NFC (Windows-1258 writes tone marks as separate characters) and without
     * surrounding spaces, no-break spaces or byte order marks. Nothing else is changed: "=1+1" stays text.
     */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        String trimmed = cell.substring(start, end);
        return isAscii(trimmed) || Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /** NFC, every run of whitespace one space, trimmed: "Ủng  hộ\nquỹ " → "Ủng hộ quỹ". */
    static String collapseWhitespace(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder collapsed = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (isSpace(c)) {
                space = !collapsed.isEmpty();
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A header name reduced to what matching compares: lower case, letters and digits only, with or
     * without accents. "Số tiền ghi có (VND)" → "sốtiềnghicóvnd" or "sotienghicovnd".
     */
    static String headerKey(String text, boolean keepAccents) {
        String base = keepAccents ? Normalizer.normalize(text, Normalizer.Form.NFC) : SearchText.withoutDiacritics(text);
        String lower = base.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * The forms a header cell is known by: the whole cell, and each part of a bilingual cell such as
     * "Ngày GD / Transaction Date", "Số dư\nBalance" or "Số tiền (VND)".
     */
    static List<String> headerParts(String cell) {
        List<String> parts = new ArrayList<>(4);
        parts.add(cell);
        String[] split = cell.split("[/\\n\\r|()\\[\\]]");
        if (split.length > 1) {
            for (String part : split) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /**
     * Whether the cell labels a summary or balance row rather than a transaction: "Tổng cộng", "Cộng
     * phát sinh", "Total", "Số dư đầu kỳ", "Số dư cuối kỳ: 5.000.000 đ", "Cộng doanh số / Total volume".
     * The whole label must be such a phrase, once numbers, currency and punctuation are left out, so that
     * a note like "Tổng công ty Điện lực ủng hộ" (a corporation) is not taken for a total.
     */
    static boolean isSummary(String cell) {
        if (cell.isEmpty() || cell.length() > 120) {
            return false;
        }
        for (String part : cell.split("[/:\\n\\r|()\\[\\]]")) {
            String words = (" " + SearchText.normalise(part).replaceAll("[^a-z]+", " ") + " ")
                    .replace(" vnd ", " ").replace(" d ", " ").strip();
            if (SUMMARY_PHRASES.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUMMARY_PHRASES = Set.of("tong", "cong", "total", "sum", "tong cong", "tong so",
            "tong cong phat sinh", "cong phat sinh", "tong phat sinh", "tong phat sinh trong ky", "phat sinh trong ky",
            "doanh so phat sinh", "tong doanh so", "cong doanh so", "tong tien", "tong so tien", "tong so giao dich",
            "so du dau ky", "so du cuoi ky", "so du dau ki", "so du cuoi ki", "so du dau", "so du cuoi", "du dau ky",
            "du cuoi ky", "so du ban dau", "so du dau ngay", "so du cuoi ngay", "so du kha dung", "sub total",
            "subtotal", "grand total", "total volume", "total debit", "total credit", "total amount",
            "opening balance", "closing balance", "ending balance", "beginning balance", "open balance",
            "available balance", "balance brought forward", "balance carried forward");
}
