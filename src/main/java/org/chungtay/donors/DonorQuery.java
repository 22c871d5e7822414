package org.chungtay.donors;

/**
 * A search of the donor list: words that must all occur (in name, address, tax code, email, phone
 * or contact names), accents and case ignored; and optionally one type.
 */
public record DonorQuery(String text, DonorType type) {

    public static final DonorQuery ALL = new DonorQuery("", null);

    public DonorQuery {
        text = text == null ? "" : text;
    }
}
