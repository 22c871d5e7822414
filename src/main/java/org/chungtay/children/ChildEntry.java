package org.chungtay.children;

import java.time.LocalDate;

import org.chungtay.shared.PhoneNumber;

/**
 * What a caseworker registers or corrects of a child. The limits are the form's and the service's alike; the
 * service checks the rest (date of birth, commune in the caller's subtree at the lowest level).
 *
 * @param guardianPhone optional
 * @param notes optional
 */
public record ChildEntry(String fullName, String givenName, LocalDate birthDate, Gender gender, long communeId,
        CircumstanceCategory category, String guardianName, String guardianRelation, PhoneNumber guardianPhone,
        String notes) {

    public static final int FULL_NAME_LIMIT = 150;
    public static final int GIVEN_NAME_LIMIT = 50;
    public static final int GUARDIAN_NAME_LIMIT = 150;
    public static final int RELATION_LIMIT = 50;
    public static final int NOTES_LIMIT = 2000;
    /** A child is registered before their eighteenth birthday. */
    public static final int ADULT_AGE = 18;
}
