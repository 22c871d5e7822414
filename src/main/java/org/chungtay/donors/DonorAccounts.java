package org.chungtay.donors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in to the donor portal (DD029): an individual donor with their own address, and every contact of
 * an organisation that has an address. A merged record signs in nobody: its survivor does.
 */
@Service
@Transactional(readOnly = true)
public class DonorAccounts {

    /** At most this many donors are offered a link for one address (a bookkeeper of several companies). */
    static final int MAX_PER_ADDRESS = 5;

    private final JdbcClient jdbc;
    private final DonorRepository donors;
    private final AuditTrail audit;
    private final MailChoices choices;

    DonorAccounts(JdbcClient jdbc, DonorRepository donors, AuditTrail audit, MailChoices choices) {
        this.jdbc = jdbc;
        this.donors = donors;
        this.audit = audit;
        this.choices = choices;
    }

    /** A donor that an address may sign in for: where its mail comes from, and in which language. */
    public record SignInAccount(long donorId, long fundUnitId, String language) {

        public Locale locale() {
            return Locale.of(language);
        }
    }

    /**
     * The donors this address may sign in for, at most {@value #MAX_PER_ADDRESS}. Open to everyone, as the sign-in
     * page asks before anyone is signed in; it answers ids only, and the page never shows whether there were any.
     */
    @PreAuthorize("permitAll()")
    public List<SignInAccount> forSignIn(EmailAddress email) {
        return jdbc.sql("""
                SELECT id, fund_unit_id, preferred_language FROM donor
                WHERE email = :email AND merged_into_id IS NULL
                UNION
                SELECT d.id, d.fund_unit_id, d.preferred_language FROM donor_contact c JOIN donor d ON d.id = c.donor_id
                WHERE c.email = :email AND d.merged_into_id IS NULL
                ORDER BY id LIMIT :max""")
                .param("email", email.value()).param("max", MAX_PER_ADDRESS)
                .query((row, n) -> new SignInAccount(row.getLong(1), row.getLong(2), row.getString(3)))
                .list();
    }

    /**
     * Whether the address may still sign in for the donor: the donor is not merged away and the address is still
     * theirs (an individual's own, or one of the organisation's contacts). Read for every request of a donor's
     * session, so one indexed lookup.
     */
    @PreAuthorize("permitAll()")
    public boolean maySignIn(long donorId, String email) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM donor d WHERE d.id = :donor AND d.merged_into_id IS NULL
                  AND (d.email = :email OR EXISTS (SELECT 1 FROM donor_contact c WHERE c.donor_id = d.id AND c.email = :email))""")
                .param("donor", donorId).param("email", email)
                .query(Long.class).single() > 0;
    }

    /** The language the donor reads their mail and portal in. */
    @PreAuthorize("permitAll()")
    public Locale languageOf(long donorId) {
        return Locale.of(jdbc.sql("SELECT preferred_language FROM donor WHERE id = :donor")
                .param("donor", donorId).query(String.class).optional().orElse("vi"));
    }

    /** The signed-in donor's name, as the portal greets them. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public String myName() {
        return jdbc.sql("SELECT name FROM donor WHERE id = :donor")
                .param("donor", DonorPrincipal.requireDonorId()).query(String.class).single();
    }

    /** The signed-in donor chooses the language of their mail and portal ({@code vi} or {@code en}); audited. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional
    public void setMyLanguage(String language) {
        choices.changeLanguage(me(), language);
    }

    /**
     * The signed-in donor's preferences page: who they are, the language of their mail and portal, and the
     * categories that need an opt-in which they receive now.
     */
    public record MyPreferences(String name, DonorType type, String language, Set<ConsentCategory> receiving) {

        public MyPreferences {
            receiving = Set.copyOf(receiving);
        }

        public boolean receives(ConsentCategory category) {
            return receiving.contains(category);
        }
    }

    /**
     * The signed-in donor as documents are made out to them (the yearly statement): name, address, tax code and
     * language. A signed-in donor is never a merged-away record, so no survivor needs resolving.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Addressee myAddressee() {
        Donor donor = donors.findById(DonorPrincipal.requireDonorId()).orElseThrow();
        DonorDetails details = donor.details();
        TaxCode taxCode = details instanceof OrganisationDetails organisation ? organisation.taxCode() : null;
        return new Addressee(donor.id(), details.name(), details.address(), taxCode, details.preferredLanguage());
    }

    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public MyPreferences myPreferences() {
        return preferencesOf(me());
    }

    /**
     * Saves the signed-in donor's choice as the preferences link does ({@link MailChoices}): each category that
     * needs an opt-in granted if it is in {@code receiving} and withdrawn otherwise, recorded only where it
     * changes, from {@link ConsentSource#DONOR_PORTAL} as {@code donor 42, portal}; and the language.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional
    public MyPreferences saveMyPreferences(Set<ConsentCategory> receiving, String language) {
        Donor donor = me();
        choices.choose(donor, receiving, language, ConsentSource.DONOR_PORTAL, ConsentSource.DONOR_PORTAL);
        return preferencesOf(donor);
    }

    /**
     * One contact of the signed-in organisation, at its position in the list. A change names the contact as it
     * was read, so that one made meanwhile in another session is refused rather than overwritten.
     *
     * @param me whether this is the contact signed in, who may neither remove themselves nor change their address
     */
    public record MyContact(int position, ContactDetails details, boolean me) {
    }

    /** The contacts of the signed-in organisation; an individual has none and is told "not found". */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<MyContact> myContacts() {
        return contactsOf(myOrganisation());
    }

    /** Adds a contact to the signed-in organisation, checked as staff entries are; audited. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional
    public List<MyContact> addMyContact(ContactDetails contact) {
        Donor organisation = myOrganisation();
        ContactDetails checked = DonorChecks.checked(contact);
        List<ContactDetails> after = new ArrayList<>(organisation.contacts());
        after.add(checked);
        return change(organisation, after, donor -> donor.addContact(checked));
    }

    /** Changes a contact of the signed-in organisation, as it was read, to the details given; audited. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional
    public List<MyContact> changeMyContact(MyContact contact, ContactDetails changed) {
        Donor organisation = myOrganisation();
        int position = stillThere(organisation, contact);
        ContactDetails checked = DonorChecks.checked(changed);
        List<ContactDetails> after = new ArrayList<>(organisation.contacts());
        after.set(position, checked);
        return change(organisation, after, donor -> donor.replaceContact(position, checked));
    }

    /**
     * Removes a contact of the signed-in organisation, as it was read; audited. The contact's sessions end at their
     * next request, as {@link #maySignIn} is asked again then.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    @Transactional
    public List<MyContact> removeMyContact(MyContact contact) {
        Donor organisation = myOrganisation();
        int position = stillThere(organisation, contact);
        List<ContactDetails> after = new ArrayList<>(organisation.contacts());
        after.remove(position);
        return change(organisation, after, donor -> donor.removeContact(position));
    }

    /**
     * Applies a change of the contacts when the list after it keeps the rules: within the limit, no address twice,
     * the signed-in contact still there with their address (nobody locks themselves out), and so at least one
     * contact with an address to sign in and receive mail.
     */
    private List<MyContact> change(Donor organisation, List<ContactDetails> after, Consumer<Donor> work) {
        if (after.size() > DonorLimits.CONTACTS) {
            throw new UserFacingException("donors.error.too-many-contacts", DonorLimits.CONTACTS);
        }
        Set<String> emails = new HashSet<>();
        for (ContactDetails contact : after) {
            if (contact.email() != null && !emails.add(contact.email())) {
                throw new UserFacingException("donor-portal.preferences.error.contact-email-taken");
            }
        }
        if (emails.isEmpty()) {
            throw new UserFacingException("donor-portal.preferences.error.contact-email-needed");
        }
        if (!emails.contains(myEmail())) {
            throw new UserFacingException("donor-portal.preferences.error.contact-self");
        }
        String before = organisation.toString();
        work.accept(organisation);
        audit.record("donor", organisation.id(), "contacts-changed", before, organisation.toString());
        return contactsOf(organisation);
    }

    private int stillThere(Donor organisation, MyContact contact) {
        List<ContactDetails> contacts = organisation.contacts();
        int position = contact.position();
        if (position < 0 || position >= contacts.size() || !contacts.get(position).equals(contact.details())) {
            throw new UserFacingException("donor-portal.preferences.error.contact-changed");
        }
        return position;
    }

    private List<MyContact> contactsOf(Donor organisation) {
        String email = myEmail();
        List<ContactDetails> contacts = organisation.contacts();
        List<MyContact> mine = new ArrayList<>(contacts.size());
        for (int position = 0; position < contacts.size(); position++) {
            ContactDetails contact = contacts.get(position);
            mine.add(new MyContact(position, contact, email.equals(contact.email())));
        }
        return mine;
    }

    private MyPreferences preferencesOf(Donor donor) {
        return new MyPreferences(donor.name(), donor.kind(), donor.details().preferredLanguage(),
                choices.receiving(donor));
    }

    /** The signed-in donor; a record merged away ends its sessions, so it is not found here either. */
    private Donor me() {
        return donors.findById(DonorPrincipal.requireDonorId()).filter(donor -> !donor.isMerged())
                .orElseThrow(() -> new UserFacingException("donors.error.not-found"));
    }

    /** The signed-in organisation; an individual has no contacts to manage, and is told "not found" alike. */
    private Donor myOrganisation() {
        Donor donor = me();
        if (donor.kind() != DonorType.ORGANISATION) {
            throw new UserFacingException("donors.error.not-found");
        }
        return donor;
    }

    /** The address that signed in, in the canonical form contacts are kept in. */
    private static String myEmail() {
        return DonorChecks.email(DonorPrincipal.current().orElseThrow().email());
    }
}
