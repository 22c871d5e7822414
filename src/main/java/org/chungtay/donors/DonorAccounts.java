package org.chungtay.donors;

import java.util.List;
import java.util.Locale;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.TaxCode;
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

    DonorAccounts(JdbcClient jdbc, DonorRepository donors, AuditTrail audit) {
        this.jdbc = jdbc;
        this.donors = donors;
        this.audit = audit;
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
        String checked = DonorChecks.language(language);
        Donor donor = donors.findById(DonorPrincipal.requireDonorId()).orElseThrow();
        String before = donor.details().preferredLanguage();
        if (!before.equals(checked)) {
            donor.changeLanguage(checked);
            audit.record("donor", donor.id(), "language-changed", before, checked);
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
}
