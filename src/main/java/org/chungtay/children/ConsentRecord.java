package org.chungtay.children;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a child's consent history, never changed: a consent given (with what it lets be shared) or
 * withdrawn (which shares nothing). A party's current consent is its latest line.
 */
public record ConsentRecord(long id, ConsentParty party, boolean withdrawn, LocalDate givenOn, Sharing sharing,
        Instant recordedAt, String recordedBy) {

    public Sharing allows() {
        return withdrawn ? Sharing.NOTHING : sharing;
    }
}
