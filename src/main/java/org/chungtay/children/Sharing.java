package org.chungtay.children;

/** What may be shared of a child outside the caseworkers' views: the given name, photos, progress notes. */
public record Sharing(boolean givenName, boolean photo, boolean notes) {

    public static final Sharing NOTHING = new Sharing(false, false, false);

    /** What both allow. */
    public Sharing and(Sharing other) {
        return new Sharing(givenName && other.givenName, photo && other.photo, notes && other.notes);
    }

    public boolean anything() {
        return givenName || photo || notes;
    }
}
