package org.chungtay.donors;

/**
 * A donor as an email to them is addressed: the name, the address mail goes to (an individual's own, an
 * organisation's first contact that has one) and the language ({@code vi} or {@code en}).
 *
 * @param donorId the donor written to: the record asked for, or the one it was merged into
 */
public record MailAddressee(long donorId, String name, String email, String language) {
}
