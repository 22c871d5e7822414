package org.chungtay.projects;

/** A progress update as staff write it; the photos come with it as uploaded bytes. */
public record UpdateDraft(String textVi, String textEn, UpdateVisibility visibility) {

    public static final int TEXT_LIMIT = 4000;
    public static final int MAX_PHOTOS = 10;
}
