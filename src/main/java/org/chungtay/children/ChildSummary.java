package org.chungtay.children;

import java.time.LocalDate;

/** A line of the caseworkers' register. */
public record ChildSummary(long id, String code, String fullName, LocalDate birthDate, String communeName,
        CircumstanceCategory category) {
}
