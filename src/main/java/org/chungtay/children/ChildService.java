package org.chungtay.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Picture;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of children in special circumstances, for caseworkers (and administrators) of the child's commune
 * or above: who the child is, their guardian, the consents given and withdrawn, and progress notes. Every change
 * is audited. No other role reads anything here; they get pseudonyms from {@link ChildPseudonyms} (DD026).
 */
@Service
@Transactional
public class ChildService {

    static final String CASEWORKERS = "hasAnyRole('ADMIN','CASEWORKER')";
    static final String AUDIT_SUBJECT = "child";

    private final ChildStore store;
    private final FundUnitService fundUnits;
    private final AuditTrail audit;

    ChildService(ChildStore store, FundUnitService fundUnits, AuditTrail audit) {
        this.store = store;
        this.fundUnits = fundUnits;
        this.audit = audit;
    }

    /** The communes a caseworker may register children in: the units of the lowest level in their subtree. */
    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public List<FundUnitRef> communes() {
        requireCaseworker();
        int lowest = fundUnits.levels().size();
        return fundUnits.subtree().stream().filter(unit -> unit.depth() == lowest && unit.active()).toList();
    }

    @PreAuthorize(CASEWORKERS)
    public Child register(ChildEntry entry) {
        requireCaseworker();
        ChildEntry checked = checked(entry);
        FundUnitRef commune = commune(checked.communeId());
        String code = ChildCode.next();
        while (store.codeTaken(code)) {
            code = ChildCode.next();
        }
        long id = store.insert(code, checked, commune.path(), Instant.now());
        audit.record(AUDIT_SUBJECT, id, "registered", null, describe(code, checked));
        return get(id);
    }

    @PreAuthorize(CASEWORKERS)
    public Child update(long id, ChildEntry entry) {
        ChildStore.Row row = childInScope(id);
        ChildEntry checked = checked(entry);
        FundUnitRef commune = commune(checked.communeId());
        store.update(id, row.code(), checked, commune.path());
        audit.record(AUDIT_SUBJECT, id, "updated", describe(row.code(), row.entry()), describe(row.code(), checked));
        return get(id);
    }

    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public Child get(long id) {
        ChildStore.Row row = childInScope(id);
        return new Child(row.id(), row.code(), row.entry(), store.communeName(row.entry().communeId()), row.path(),
                row.registeredAt());
    }

    /** A page of the caller's subtree's children whose code or full name contains every word of the text. */
    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public List<ChildSummary> search(String text, int offset, int limit) {
        requireCaseworker();
        return store.page(text, Math.max(0, offset), Math.max(0, limit)).stream()
                .map(row -> new ChildSummary(row.id(), row.code(), row.entry().fullName(), row.entry().birthDate(),
                        store.communeName(row.entry().communeId()), row.entry().category()))
                .toList();
    }

    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public long count(String text) {
        requireCaseworker();
        return store.count(text);
    }

    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        childInScope(id);
        return audit.historyOf(AUDIT_SUBJECT, id);
    }

    // ------------------------------------------------------------------ consent

    /** Every consent given and withdrawn, oldest first. */
    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public List<ConsentRecord> consents(long id) {
        childInScope(id);
        return store.consents(id);
    }

    /** What may be shared of the child today. */
    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public Sharing sharing(long id) {
        return store.sharing(childInScope(id));
    }

    /**
     * Records a consent of the guardian or of the child, replacing that party's current one (the earlier stays in
     * the history). A child's consent is refused when the child was under seven on its date; a date in the future
     * is refused.
     */
    @PreAuthorize(CASEWORKERS)
    public void recordConsent(long id, ConsentParty party, LocalDate givenOn, Sharing sharing) {
        ChildStore.Row child = childInScope(id);
        if (party == null || sharing == null) {
            throw new UserFacingException("children.error.consent-incomplete");
        }
        checkConsentDate(child, givenOn);
        if (party == ConsentParty.CHILD && !ConsentRules.childMayConsent(child.entry().birthDate(), givenOn)) {
            throw new UserFacingException("children.error.child-too-young", ConsentRules.CHILD_CONSENT_AGE);
        }
        Sharing before = store.sharing(child);
        store.insertConsent(id, party, false, givenOn, sharing, Instant.now());
        audit.record(AUDIT_SUBJECT, id, "consent-recorded", describe(before), party + " " + givenOn + " "
                + describe(sharing) + " → " + describe(store.sharing(child)));
    }

    /** Withdraws the party's consent: from now on nothing of the child is shared anywhere. */
    @PreAuthorize(CASEWORKERS)
    public void withdrawConsent(long id, ConsentParty party, LocalDate on) {
        ChildStore.Row child = childInScope(id);
        checkConsentDate(child, on);
        if (ConsentRules.latest(store.consents(id), party).filter(line -> !line.withdrawn()).isEmpty()) {
            throw new UserFacingException("children.error.no-consent-to-withdraw");
        }
        Sharing before = store.sharing(child);
        store.insertConsent(id, party, true, on, Sharing.NOTHING, Instant.now());
        audit.record(AUDIT_SUBJECT, id, "consent-withdrawn", describe(before), party + " " + on + " → "
                + describe(store.sharing(child)));
    }

    // ------------------------------------------------------------------ notes

    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public List<ProgressNote> notes(long id) {
        childInScope(id);
        return store.notes(id);
    }

    /**
     * Adds a progress note, maybe with a photo (an uploaded picture checked by {@link Picture#of}); one marked
     * shareable is shown to the sponsor while consent allows notes (and its photo while it allows photos).
     */
    @PreAuthorize(CASEWORKERS)
    public void addNote(long id, LocalDate writtenOn, String text, boolean shareable, byte[] photo) {
        childInScope(id);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new UserFacingException("children.error.note-required");
        }
        if (body.length() > ProgressNote.TEXT_LIMIT) {
            throw new UserFacingException("children.error.note-too-long", ProgressNote.TEXT_LIMIT);
        }
        if (writtenOn == null || writtenOn.isAfter(VietnamTime.today())) {
            throw new UserFacingException("children.error.date-in-future");
        }
        Picture picture = photo == null || photo.length == 0 ? null : Picture.of(photo);
        store.insertNote(id, writtenOn, body, shareable, picture, Instant.now());
        audit.record(AUDIT_SUBJECT, id, "note-added", null, writtenOn + (shareable ? " shareable" : " private")
                + (picture == null ? "" : " with photo"));
    }

    /** A note's photo, for caseworkers of the child. */
    @PreAuthorize(CASEWORKERS)
    @Transactional(readOnly = true)
    public Optional<Picture> notePhoto(long noteId) {
        Optional<long[]> owner = store.noteOwner(noteId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        childInScope(owner.get()[0]);
        return store.photo(noteId);
    }

    // ------------------------------------------------------------------ rules

    private ChildStore.Row childInScope(long id) {
        requireCaseworker();
        ChildStore.Row row = store.find(id).orElseThrow(() -> new UserFacingException("children.error.not-found"));
        FundScope.check(row.path());
        return row;
    }

    /** Method security says so too; the service checks again so that no route around it reads a name. */
    static void requireCaseworker() {
        Role role = FundScope.requirePrincipal().role();
        if (role != Role.CASEWORKER && role != Role.ADMIN) {
            throw new AccessDeniedException("Children's records are for caseworkers");
        }
    }

    private FundUnitRef commune(long communeId) {
        return communes().stream().filter(unit -> unit.id() == communeId).findFirst()
                .orElseThrow(() -> new UserFacingException("children.error.commune"));
    }

    private static void checkConsentDate(ChildStore.Row child, LocalDate on) {
        if (on == null) {
            throw new UserFacingException("children.error.consent-incomplete");
        }
        if (on.isAfter(VietnamTime.today())) {
            throw new UserFacingException("children.error.date-in-future");
        }
        if (on.isBefore(child.entry().birthDate())) {
            throw new UserFacingException("children.error.consent-before-birth");
        }
    }

    static ChildEntry checked(ChildEntry entry) {
        String fullName = required(entry.fullName(), ChildEntry.FULL_NAME_LIMIT, "children.error.full-name");
        String givenName = required(entry.givenName(), ChildEntry.GIVEN_NAME_LIMIT, "children.error.given-name");
        String guardianName = required(entry.guardianName(), ChildEntry.GUARDIAN_NAME_LIMIT,
                "children.error.guardian-name");
        String relation = required(entry.guardianRelation(), ChildEntry.RELATION_LIMIT, "children.error.relation");
        String notes = entry.notes() == null || entry.notes().isBlank() ? null : entry.notes().strip();
        if (notes != null && notes.length() > ChildEntry.NOTES_LIMIT) {
            throw new UserFacingException("children.error.notes-too-long", ChildEntry.NOTES_LIMIT);
        }
        LocalDate today = VietnamTime.today();
        if (entry.birthDate() == null || entry.birthDate().isAfter(today)) {
            throw new UserFacingException("children.error.birth-date");
        }
        if (ConsentRules.age(entry.birthDate(), today) >= ChildEntry.ADULT_AGE) {
            throw new UserFacingException("children.error.adult", ChildEntry.ADULT_AGE);
        }
        if (entry.gender() == null) {
            throw new UserFacingException("children.error.gender");
        }
        if (entry.category() == null) {
            throw new UserFacingException("children.error.category");
        }
        return new ChildEntry(fullName, givenName, entry.birthDate(), entry.gender(), entry.communeId(),
                entry.category(), guardianName, relation, entry.guardianPhone(), notes);
    }

    private static String required(String value, int limit, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException(key);
        }
        if (stripped.length() > limit) {
            throw new UserFacingException(key + "-too-long", limit);
        }
        return stripped;
    }

    /** The audit's state of a child: read only by caseworkers and administrators, like the record itself. */
    private static String describe(String code, ChildEntry entry) {
        return code + " | " + entry.fullName() + " | " + entry.givenName() + " | " + entry.birthDate() + " | "
                + entry.gender() + " | commune " + entry.communeId() + " | " + entry.category() + " | "
                + entry.guardianName() + " (" + entry.guardianRelation() + ") " + (entry.guardianPhone() == null ? ""
                : entry.guardianPhone().value());
    }

    private static String describe(Sharing sharing) {
        return "name=" + sharing.givenName() + " photo=" + sharing.photo() + " notes=" + sharing.notes();
    }
}
