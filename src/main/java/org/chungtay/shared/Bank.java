package org.chungtay.shared;

import java.util.Objects;

/**
 * A bank that receives transfers through NAPAS, known by its bank identification number (BIN), the
 * number a VietQR code carries to name the bank.
 *
 * @param bin       the six-digit NAPAS BIN, e.g. "970436"
 * @param shortName the name people use, e.g. "Vietcombank"
 * @param name      the full legal name in Vietnamese
 */
public record Bank(String bin, String shortName, String name) {

    public Bank {
        if (bin == null || !bin.matches("\\d{6}")) {
            throw new IllegalArgumentException("A bank BIN has six digits: " + bin);
        }
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(name, "name");
    }
}
