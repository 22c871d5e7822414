package org.chungtay.children;

/**
 * A child as anyone but a caseworker sees it (DD026): the code, the initial of the given name, the birth year
 * and the commune. The given name is present only while the consents allow it to be shared, and is never part
 * of {@link PseudonymLabels the label} written on ledger lines and in emails.
 *
 * @param sharedGivenName the given name, or null
 */
public record Pseudonym(long childId, String code, String initial, int birthYear, String communeName,
        String sharedGivenName) {

    public static String initialOf(String givenName) {
        String stripped = givenName.strip();
        return stripped.isEmpty() ? "?" : stripped.substring(0, stripped.offsetByCodePoints(0, 1)).toUpperCase(
                java.util.Locale.ROOT);
    }
}
