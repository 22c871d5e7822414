package org.chungtay.payments.statements;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a CSV file or row of a worksheet, its cells cleaned ({@link Texts#clean(String)}); for a
 * worksheet, also the number behind each number cell, so that a date serial or an amount is read
 * exactly rather than from its formatted text.
 */
final class SourceRow {

    private final int lineNumber;
    private final String[] texts;
    private final BigDecimal[] numbers;

    SourceRow(int lineNumber, String[] texts, BigDecimal[] numbers) {
        this.lineNumber = lineNumber;
        this.texts = texts;
        this.numbers = numbers;
    }

    int lineNumber() {
        return lineNumber;
    }

    int size() {
        return texts.length;
    }

    /** The cell's text; empty for a cell beyond the end of the row or a column the layout lacks (-1). */
    String text(int index) {
        return index >= 0 && index < texts.length ? texts[index] : "";
    }

    /** The number of a worksheet's number cell; null for text and for every CSV cell. */
    BigDecimal number(int index) {
        return numbers != null && index >= 0 && index < numbers.length ? numbers[index] : null;
    }

    boolean isBlank() {
        for (String text : texts) {
            if (!text.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    int nonEmptyCells() {
        int count = 0;
        for (String text : texts) {
            if (!text.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    List<String> texts() {
        return Arrays.asList(texts.clone());
    }
}
