package org.chungtay.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.shared.Role;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A staff account: one person, one role, one fund unit. Accounts are deactivated, never deleted,
 * because the audit trail names them. A password set by an administrator is temporary: the person
 * must choose their own at the next sign-in. Wrong passwords in a row make the account wait before
 * the next attempt, longer each time, so that guessing is slow; {@link StaffSignIn} counts them in
 * SQL, and updates write only the columns they changed, so that an administrator's edit never writes
 * an old count back.
 */
@Entity
@DynamicUpdate
@Table(name = "staff_user")
public class StaffUser {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "fund_unit_id", nullable = false)
    private long fundUnitId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "vi";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "login_blocked_until")
    private Instant loginBlockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    StaffUser(String username, StaffDetails details, String temporaryPasswordHash) {
        this.username = username;
        this.createdAt = Instant.now();
        update(details);
        setTemporaryPassword(temporaryPasswordHash);
    }

    void update(StaffDetails details) {
        if (details.role() != role || details.fundUnitId() != fundUnitId) {
            endSessions();
        }
        this.fullName = details.fullName();
        this.email = details.email();
        this.role = details.role();
        this.fundUnitId = details.fundUnitId();
    }

    void setTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.loginBlockedUntil = null;
        endSessions();
    }

    /** Ends every other session of the account too: whoever knew the old password is signed out. */
    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        endSessions();
    }

    void deactivate() {
        this.active = false;
        endSessions();
    }

    /** Sessions that started before this are signed out at their next request, on every node. */
    private void endSessions() {
        securityVersion++;
    }

    void reactivate() {
        this.active = true;
    }

    void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    /**
     * How long the account waits after this many wrong passwords in a row: nothing before the
     * {@value #FREE_ATTEMPTS}th, then 30 seconds, doubling with each further one, up to 15 minutes.
     */
    static Optional<Duration> waitAfter(int failedLogins) {
        if (failedLogins < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failedLogins - FREE_ATTEMPTS, 10));
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    boolean signInBlockedAt(Instant now) {
        return loginBlockedUntil != null && loginBlockedUntil.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public long fundUnitId() {
        return fundUnitId;
    }

    public boolean active() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    long securityVersion() {
        return securityVersion;
    }

    Instant loginBlockedUntil() {
        return loginBlockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return "StaffUser[id=" + id + ", username=" + username + ", fullName=" + fullName + ", email=" + email
                + ", role=" + role + ", fundUnitId=" + fundUnitId + ", active=" + active + "]";
    }
}
