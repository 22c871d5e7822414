package org.chungtay.people;

import java.util.Collection;
import java.util.List;

import org.chungtay.shared.Role;
import org.chungtay.shared.ScopedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, as kept in the HTTP session. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, ScopedPrincipal {

    private final long userId;
    private final String username;
    private final String fullName;
    private final Role role;
    private final long fundUnitId;
    private final String fundUnitPath;
    private final String fundUnitName;
    private final boolean enabled;
    private String passwordHash;
    private volatile boolean mustChangePassword;
    private volatile String preferredLanguage;
    private volatile long securityVersion;

    StaffPrincipal(StaffUser user, String fundUnitPath, String fundUnitName, boolean fundUnitActive) {
        this.userId = user.id();
        this.username = user.username();
        this.fullName = user.fullName();
        this.role = user.role();
        this.fundUnitId = user.fundUnitId();
        this.fundUnitPath = fundUnitPath;
        this.fundUnitName = fundUnitName;
        this.enabled = user.active() && fundUnitActive;
        this.passwordHash = user.passwordHash();
        this.mustChangePassword = user.mustChangePassword();
        this.preferredLanguage = user.preferredLanguage();
        this.securityVersion = user.securityVersion();
    }

    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public long fundUnitId() {
        return fundUnitId;
    }

    @Override
    public String fundUnitPath() {
        return fundUnitPath;
    }

    public String fundUnitName() {
        return fundUnitName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** This session carries on with its own new password; the account's other sessions end. */
    void passwordChanged(long newSecurityVersion) {
        this.mustChangePassword = false;
        this.securityVersion = newSecurityVersion;
    }

    /** The account's security version when this session started; see {@link StaffSessionCheck}. */
    long securityVersion() {
        return securityVersion;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.passwordHash = null;
    }
}
