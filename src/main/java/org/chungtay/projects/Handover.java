package org.chungtay.projects;

import java.time.LocalDate;

/** The handover and acceptance of a finished project: when, who received it (a school, a commune), a note. */
public record Handover(LocalDate on, String receivedBy, String note) {

    public static final int RECEIVED_BY_LIMIT = 200;
    public static final int NOTE_LIMIT = 1000;
}
