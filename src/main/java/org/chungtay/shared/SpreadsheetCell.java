package org.chungtay.shared;

/**
 * Text written into a CSV that people open in a spreadsheet: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be taken for a formula (CSV injection, OWASP),
 * so it gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
