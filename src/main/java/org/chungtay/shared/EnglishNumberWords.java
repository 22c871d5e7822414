package org.chungtay.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an amount in English words, for the line beside the figures on a receipt in English:
 * 1 250 000 → "One million two hundred and fifty thousand dong".
 *
 * <p>The reading is British, as the portal's English is (en-GB), and as a cheque is written: short
 * scale (thousand, million, billion, trillion; 10¹⁵ is "one thousand trillion", since "quadrillion"
 * reads as a joke on a receipt); "and" after a hundred inside each group ("two hundred and five
 * thousand") and before a last group under a hundred that follows a larger one ("one million and
 * five"); hyphens from twenty-one to ninety-nine; no commas. "Dong" is the English name of the
 * currency and, like "yen", does not take a plural. The receipt adds "only" itself, as a Vietnamese
 * receipt adds "chẵn", so that nothing can be written after the amount.
 */
public final class EnglishNumberWords {

    /** The same limit as {@link VietnameseNumberWords#MAX_AMOUNT}, so both receipts take the same amounts. */
    public static final long MAX_AMOUNT = VietnameseNumberWords.MAX_AMOUNT;

    private static final String[] UNITS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    /** Groups of three digits from the highest: 10¹⁵ is a thousand trillion, the last is the units. */
    private static final String[] SCALES = {"trillion", "billion", "million", "thousand", ""};
    private static final long TRILLION = 1_000_000_000_000L;

    private EnglishNumberWords() {
    }

    /**
     * The amount in words with a capital first letter and the currency, e.g. "Twenty-one dong".
     *
     * @throws IllegalArgumentException if the amount is negative or above {@link #MAX_AMOUNT}
     */
    public static String spell(Money money) {
        long amount = money.amount();
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("Cannot spell an amount outside 0.." + MAX_AMOUNT + ": " + amount);
        }
        String words = amount == 0 ? UNITS[0] : String.join(" ", number(amount));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " dong";
    }

    private static List<String> number(long value) {
        // Above 999 trillion the trillions themselves are a number of thousands: "one thousand trillion".
        long trillions = value / TRILLION;
        long[] groups = {trillions, value / 1_000_000_000 % 1_000, value / 1_000_000 % 1_000, value / 1_000 % 1_000,
            value % 1_000};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            boolean last = i == groups.length - 1;
            if (last && !words.isEmpty() && groups[i] < 100) {
                words.add("and");
            }
            if (i == 0 && trillions >= 1_000) {
                words.addAll(group(trillions / 1_000));
                words.add("thousand");
                if (trillions % 1_000 > 0) {
                    words.addAll(group(trillions % 1_000));
                }
            } else {
                words.addAll(group(groups[i]));
            }
            if (!SCALES[i].isEmpty()) {
                words.add(SCALES[i]);
            }
        }
        return words;
    }

    /** Words for 1..999. */
    private static List<String> group(long value) {
        int hundreds = (int) (value / 100);
        int rest = (int) (value % 100);
        List<String> words = new ArrayList<>();
        if (hundreds > 0) {
            words.add(UNITS[hundreds]);
            words.add("hundred");
            if (rest > 0) {
                words.add("and");
            }
        }
        if (rest > 0) {
            words.add(belowHundred(rest));
        }
        return words;
    }

    private static String belowHundred(int value) {
        if (value < UNITS.length) {
            return UNITS[value];
        }
        int units = value % 10;
        return units == 0 ? TENS[value / 10] : TENS[value / 10] + "-" + UNITS[units];
    }
}
