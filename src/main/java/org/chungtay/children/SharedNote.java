package org.chungtay.children;

import java.time.LocalDate;

/** A progress note as a sponsor sees it, while consent allows: its photo only while photos may be shared. */
public record SharedNote(long id, LocalDate writtenOn, String text, boolean hasPhoto) {
}
