package org.chungtay.donors;

import org.chungtay.shared.TaxCode;

/**
 * A donor as a receipt or a statement addresses it: the name, address and tax code printed on it, and
 * the language it is written in ({@code vi} or {@code en}).
 */
public record Addressee(long donorId, String name, String address, TaxCode taxCode, String language) {
}
