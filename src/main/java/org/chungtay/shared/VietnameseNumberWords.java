package org.chungtay.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an amount in Vietnamese words, as a receipt must show it beside the figures ("Bằng chữ"):
 * 1 250 000 → "Một triệu hai trăm năm mươi nghìn đồng".
 *
 * <p>The reading follows the usage of Vietnamese accounting documents: groups of three digits named
 * nghìn, triệu, tỷ, and above a thousand million "nghìn tỷ", "triệu tỷ"; a group that is not the
 * first is read in full, so its zero hundreds are said ("không trăm") and a lone unit after a zero ten
 * gets "linh" (1 005 000 → "một triệu không trăm linh năm nghìn"); a group of three zeros is left out.
 * Units change their name after a ten: "mốt" for 1 and "tư" for 4 from twenty on, "lăm" for 5 from ten
 * on.
 */
public final class VietnameseNumberWords {

    /** The largest amount spelled, 10¹⁵ đồng ("một triệu tỷ"), far beyond {@link Money#MAX_PLEDGE}. */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private static final long BILLION = 1_000_000_000L;

    private static final String[] DIGITS = {
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
    };

    private VietnameseNumberWords() {
    }

    /**
     * The amount in words with a capital first letter and the unit, e.g. "Mười lăm đồng".
     *
     * @throws IllegalArgumentException if the amount is negative or above {@link #MAX_AMOUNT}, which no
     *         receipt can carry
     */
    public static String spell(Money money) {
        long amount = money.amount();
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("Cannot spell an amount outside 0.." + MAX_AMOUNT + ": " + amount);
        }
        String words = amount == 0 ? DIGITS[0] : String.join(" ", number(amount, true));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /**
     * Words for a positive number. Thousand millions are counted like any other number and followed by
     * "tỷ" once, which is how 1 005 000 000 000 becomes "một nghìn không trăm linh năm tỷ".
     */
    private static List<String> number(long value, boolean leading) {
        List<String> words = new ArrayList<>();
        long billions = value / BILLION;
        long rest = value % BILLION;
        if (billions > 0) {
            words.addAll(number(billions, leading));
            words.add("tỷ");
        }
        if (rest > 0) {
            words.addAll(belowBillion((int) rest, leading && billions == 0));
        }
        return words;
    }

    private static List<String> belowBillion(int value, boolean leading) {
        int[] groups = {value / 1_000_000, value / 1_000 % 1_000, value % 1_000};
        String[] scales = {"triệu", "nghìn", ""};
        List<String> words = new ArrayList<>();
        boolean first = leading;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            words.addAll(group(groups[i], !first));
            if (!scales[i].isEmpty()) {
                words.add(scales[i]);
            }
            first = false;
        }
        return words;
    }

    /** Words for 1..999; {@code full} reads the zero hundreds and "linh" of a group inside a number. */
    private static List<String> group(int value, boolean full) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        List<String> words = new ArrayList<>();
        boolean saidHundreds = full || hundreds > 0;
        if (saidHundreds) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (saidHundreds) {
                    words.add("linh");
                }
                words.add(DIGITS[units]);
            }
        } else {
            if (tens == 1) {
                words.add("mười");
            } else {
                words.add(DIGITS[tens]);
                words.add("mươi");
            }
            if (units > 0) {
                words.add(unitAfterTen(tens, units));
            }
        }
        return words;
    }

    private static String unitAfterTen(int tens, int units) {
        if (units == 5) {
            return "lăm";
        }
        if (tens >= 2 && units == 1) {
            return "mốt";
        }
        if (tens >= 2 && units == 4) {
            return "tư";
        }
        return DIGITS[units];
    }
}
