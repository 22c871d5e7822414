package org.chungtay.payments.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts of đồng as banks write them in statements. Unlike {@link org.chungtay.shared.Money#parse(String)},
 * which reads what a person types into a form, this reads signs ("-1.500.000", "(1.500.000)",
 * "+1.500.000", "1.500.000 DR"), a zero decimal tail ("1.500.000,00", "1,500,000.00") and currency marks
 * ("VND", "đ", "₫") on either side. The amount must still be whole đồng: "1.500.000,50" is refused, never
 * rounded.
 *
 * <p>Which mark is the decimal one: with both '.' and ',' the last is; with one kind, it is decimal only
 * if it appears once and is not followed by exactly three digits, so "1.500" is one thousand five
 * hundred, as in Vietnamese, and "1500000.00" is one and a half million. Digit groups after the first
 * must have three digits.
 */
final class Amounts {

    static final String INVALID = "statements.line.invalid-amount";
    static final String FRACTION = "statements.line.amount-fraction";

    /** Excel keeps numbers as binary floating point; what is below this is float noise, not a fraction. */
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.0001");

    private Amounts() {
    }

    /** Whether a cleaned amount cell says nothing: empty, or a dash some banks print for "none". */
    static boolean isEmpty(String cell) {
        return cell.isEmpty() || cell.equals("-") || cell.equals("–") || cell.equals("—");
    }

    /**
     * The signed amount in a cleaned, non-empty cell. @throws BadCell with {@link #INVALID} or
     * {@link #FRACTION}
     */
    static long parse(String cell) {
        if (isPlain(cell)) {
            return digits(cell, cell);
        }
        String text = cell;
        boolean negative = false;
        boolean changed = true;
        for (int round = 0; changed && round < 4; round++) {
            String before = text;
            text = text.strip();
            if (text.length() >= 2 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
                negative = !negative;
                text = text.substring(1, text.length() - 1).strip();
            }
            text = stripMarks(text);
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.endsWith("DR") || upper.startsWith("DR")) {
                negative = !negative;
                text = upper.endsWith("DR") ? text.substring(0, text.length() - 2) : text.substring(2);
            } else if (upper.endsWith("CR") || upper.startsWith("CR")) {
                text = upper.endsWith("CR") ? text.substring(0, text.length() - 2) : text.substring(2);
            }
            text = text.strip();
            if (!text.isEmpty()) {
                char first = text.charAt(0);
                char last = text.charAt(text.length() - 1);
                if (first == '-' || first == '\u2212') {
                    negative = !negative;
                    text = text.substring(1);
                } else if (first == '+') {
                    text = text.substring(1);
                } else if (last == '-' && text.length() > 1) {
                    negative = !negative;
                    text = text.substring(0, text.length() - 1);
                }
            }
            changed = !text.equals(before);
        }
        long value = digits(text.strip(), cell);
        return negative ? -value : value;
    }

    /** Digits with dots and commas only, the usual case, which needs no signs or marks taken off. */
    private static boolean isPlain(String cell) {
        if (cell.isEmpty() || cell.charAt(0) < '0' || cell.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** A number cell of a workbook. @throws BadCell with {@link #INVALID} or {@link #FRACTION} */
    static long fromNumber(BigDecimal number, String cell) {
        BigDecimal whole = number.setScale(0, RoundingMode.HALF_UP);
        if (number.subtract(whole).abs().compareTo(FLOAT_NOISE) >= 0) {
            throw new BadCell(FRACTION, cell);
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new BadCell(INVALID, cell);
        }
    }

    private static String stripMarks(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String mark : new String[] {"vnđ", "vnd", "đồng", "đ", "₫"}) {
            if (lower.endsWith(mark)) {
                return text.substring(0, text.length() - mark.length()).strip();
            }
            if (lower.startsWith(mark)) {
                return text.substring(mark.length()).strip();
            }
        }
        return text;
    }

    private static long digits(String text, String cell) {
        if (text.isEmpty()) {
            throw new BadCell(INVALID, cell);
        }
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (!(c >= '0' && c <= '9') && !Texts.isSpace(c)) {
                throw new BadCell(INVALID, cell);
            }
        }
        int decimalAt = -1;
        if (dots > 0 && commas > 0) {
            decimalAt = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
            if ((text.charAt(decimalAt) == '.' ? dots : commas) != 1) {
                throw new BadCell(INVALID, cell);
            }
        } else if (dots + commas == 1) {
            int at = dots == 1 ? text.indexOf('.') : text.indexOf(',');
            if (text.length() - at - 1 != 3) {
                decimalAt = at;
            }
        }
        String integer = decimalAt < 0 ? text : text.substring(0, decimalAt);
        if (decimalAt >= 0) {
            String fraction = text.substring(decimalAt + 1);
            if (fraction.isEmpty()) {
                throw new BadCell(INVALID, cell);
            }
            for (int i = 0; i < fraction.length(); i++) {
                char c = fraction.charAt(i);
                if (c < '0' || c > '9') {
                    throw new BadCell(INVALID, cell);
                }
                if (c != '0') {
                    throw new BadCell(FRACTION, cell);
                }
            }
        }
        return grouped(integer.strip(), cell);
    }

    /** "1500000", "1.500.000", "1,500,000" or "1 500 000": one kind of separator between groups of three. */
    private static long grouped(String integer, String cell) {
        if (integer.isEmpty()) {
            throw new BadCell(INVALID, cell);
        }
        char separator = 0;
        int groupLength = 0;
        boolean firstGroup = true;
        long value = 0;
        for (int i = 0; i < integer.length(); i++) {
            char c = integer.charAt(i);
            if (c >= '0' && c <= '9') {
                groupLength++;
                try {
                    value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
                } catch (ArithmeticException tooLarge) {
                    throw new BadCell(INVALID, cell);
                }
                continue;
            }
            char kind = Texts.isSpace(c) ? ' ' : c;
            if (separator == 0) {
                separator = kind;
            }
            boolean groupOk = firstGroup ? groupLength >= 1 && groupLength <= 3 : groupLength == 3;
            if (kind != separator || !groupOk) {
                throw new BadCell(INVALID, cell);
            }
            firstGroup = false;
            groupLength = 0;
        }
        if (separator != 0 && groupLength != 3) {
            throw new BadCell(INVALID, cell);
        }
        return value;
    }
}
