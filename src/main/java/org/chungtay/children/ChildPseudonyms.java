package org.chungtay.children;

import java.util.List;
import java.util.Optional;

import org.chungtay.shared.FundScope;
import org.chungtay.shared.Picture;
import org.chungtay.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children as everyone but caseworkers may see them (DD026): a pseudonym, and the notes and photos marked
 * shareable only while the consents allow, computed at every read, so that a withdrawal hides them at once.
 * Nothing here returns a full name, a guardian, or a note not marked shareable. Staff of the child's subtree only;
 * the donor portal (issue 10) reaches a sponsor's child through {@link SponsorshipService#profile(long)}.
 */
@Service
@Transactional(readOnly = true)
public class ChildPseudonyms {

    static final String STAFF = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT','CASEWORKER')";

    private final ChildStore store;

    ChildPseudonyms(ChildStore store) {
        this.store = store;
    }

    @PreAuthorize(STAFF)
    public Pseudonym pseudonym(long childId) {
        inScope(childId);
        return store.pseudonym(childId);
    }

    /** The notes marked shareable, newest first, while consent allows notes; photos while it allows photos too. */
    @PreAuthorize(STAFF)
    public List<SharedNote> sharedNotes(long childId) {
        return sharedNotes(inScope(childId));
    }

    /** A shared note's photo, while the note is shared and consent allows photos. */
    @PreAuthorize(STAFF)
    public Optional<Picture> sharedPhoto(long noteId) {
        return store.noteOwner(noteId).flatMap(owner -> sharedPhoto(inScope(owner[0]), noteId));
    }

    /** The photo of this child's note, while the note is shared and consent allows notes and photos; not secured. */
    Optional<Picture> sharedPhoto(ChildStore.Row child, long noteId) {
        return store.noteOwner(noteId)
                .filter(owner -> owner[0] == child.id() && owner[1] == 1)
                .filter(owner -> {
                    Sharing sharing = store.sharing(child);
                    return sharing.notes() && sharing.photo();
                })
                .flatMap(owner -> store.photo(noteId));
    }

    List<SharedNote> sharedNotes(ChildStore.Row child) {
        Sharing sharing = store.sharing(child);
        if (!sharing.notes()) {
            return List.of();
        }
        return store.notes(child.id()).stream().filter(ProgressNote::shareable)
                .map(note -> new SharedNote(note.id(), note.writtenOn(), note.text(), note.hasPhoto() && sharing.photo()))
                .toList();
    }

    private ChildStore.Row inScope(long childId) {
        ChildStore.Row child = store.find(childId).orElseThrow(() -> new UserFacingException("children.error.not-found"));
        FundScope.check(child.path());
        return child;
    }
}
