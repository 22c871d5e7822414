package org.chungtay.children;

import java.time.Instant;
import java.time.LocalDate;

/** A caseworker's note on a child's progress, maybe with a photo, maybe marked as one the sponsor may see. */
public record ProgressNote(long id, LocalDate writtenOn, String text, boolean shareable, boolean hasPhoto,
        Instant writtenAt, String writtenBy) {

    public static final int TEXT_LIMIT = 4000;
}
