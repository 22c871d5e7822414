package org.chungtay.people;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.PublicActor;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. Administrators manage the accounts of their own fund unit's subtree; everyone
 * signed in manages their own password and language.
 */
@Service
@Transactional
public class StaffUserService {

    static final int PASSWORD_MIN = 10;
    static final int PASSWORD_MAX = 128;
    static final Set<String> LANGUAGES = Set.of("vi", "en");
    /**
     * Names that the audit trail uses for work that no staff member does ({@code system} for jobs,
     * {@code public} for visitors), Spring Security's name for a visitor, and names that would pass
     * for the portal's own administration. The first-run account is {@code admin}, so that one stays.
     */
    static final Set<String> RESERVED_USERNAMES = Set.of(SystemActor.USERNAME, PublicActor.USERNAME, "anonymous",
            "anonymoususer", "root", "administrator", "superuser", "chungtay");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffUserRepository users;
    private final FundUnitService fundUnits;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    StaffUserService(StaffUserRepository users, FundUnitService fundUnits, PasswordEncoder encoder,
            AuditTrail audit) {
        this.users = users;
        this.fundUnits = fundUnits;
        this.encoder = encoder;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffSummary> listInScope() {
        Map<Long, FundUnitRef> unitsInScope = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::id, Function.identity()));
        return users.findByFundUnitIdInOrderByFullNameAsc(unitsInScope.keySet()).stream()
                .map(user -> summary(user, unitsInScope.get(user.fundUnitId())))
                .toList();
    }

    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public long countActiveInScope() {
        return users.countByFundUnitIdInAndActiveTrue(fundUnits.subtree().stream().map(FundUnitRef::id).toList());
    }

    /** The active staff of exactly this fund unit who have one of these roles, as notices address them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffAddressee> addressees(long fundUnitId, Set<Role> roles) {
        return users.findByFundUnitIdAndActiveTrueAndRoleInOrderById(fundUnitId, roles).stream()
                .map(user -> new StaffAddressee(user.id(), user.fullName(), user.email(), user.preferredLanguage()))
                .toList();
    }

    /**
     * The active staff with one of these roles of the unit at this path, or else of the nearest unit above it that
     * has some: whom a notice about the unit's work goes to.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffAddressee> nearestAddressees(String fundUnitPath, Set<Role> roles) {
        List<Long> unitAndAbove = Arrays.stream(fundUnitPath.split("/")).filter(part -> !part.isEmpty())
                .map(Long::valueOf).toList().reversed();
        for (long unitId : unitAndAbove) {
            List<StaffAddressee> found = addressees(unitId, roles);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Opens an account with a temporary password, which the person replaces at first sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword create(String username, StaffDetails details) {
        String temporary = temporaryPassword();
        StaffUser user = open(username, details, temporary);
        return new IssuedPassword(user.username(), temporary);
    }

    /**
     * Opens an account with a temporary password that the operator chose (ADMIN_PASSWORD for the first
     * administrator), under the same rules as a person's own; replaced at first sign-in like any other.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword create(String username, StaffDetails details, String temporaryPassword) {
        return new IssuedPassword(openBySystem(username, details, temporaryPassword).username(), temporaryPassword);
    }

    /**
     * Opens an account whose password the person keeps, for accounts that the system itself
     * provisions (demo data in zero-setup mode, imports). People never call this.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long provision(String username, StaffDetails details, String password) {
        StaffUser user = openBySystem(username, details, password);
        user.setOwnPassword(encoder.encode(password));
        return user.id();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public StaffSummary update(long id, StaffDetails details) {
        StaffUser user = userInScope(id);
        StaffDetails checked = checked(details);
        if (isSelf(user) && (checked.role() != user.role() || checked.fundUnitId() != user.fundUnitId())) {
            throw new UserFacingException("users.error.self");
        }
        String before = user.toString();
        user.update(checked);
        audit.record("staff_user", user.id(), "updated", before, user.toString());
        return summary(user, fundUnits.get(user.fundUnitId()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deactivate(long id) {
        StaffUser user = userInScope(id);
        if (isSelf(user)) {
            throw new UserFacingException("users.error.self");
        }
        user.deactivate();
        audit.record("staff_user", user.id(), "deactivated", null, user.toString());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void reactivate(long id) {
        StaffUser user = userInScope(id);
        user.reactivate();
        audit.record("staff_user", user.id(), "reactivated", null, user.toString());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword resetPassword(long id) {
        StaffUser user = userInScope(id);
        String temporary = temporaryPassword();
        user.setTemporaryPassword(encoder.encode(temporary));
        audit.record("staff_user", user.id(), "password-reset", null, null);
        return new IssuedPassword(user.username(), temporary);
    }

    @PreAuthorize(Role.ANY_STAFF)
    public void changeOwnPassword(StaffPrincipal me, String currentPassword, String newPassword) {
        StaffUser user = users.findById(me.userId()).orElseThrow(() -> new AccessDeniedException("Account gone"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new UserFacingException("password.error.current-wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new UserFacingException("password.error.same");
        }
        checkPasswordRules(user.username(), newPassword);
        user.setOwnPassword(encoder.encode(newPassword));
        me.passwordChanged(user.securityVersion());
        audit.record("staff_user", user.id(), "password-changed", null, null);
    }

    @PreAuthorize(Role.ANY_STAFF)
    public void setOwnLanguage(StaffPrincipal me, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("language.error.unknown");
        }
        users.findById(me.userId()).ifPresent(user -> user.preferLanguage(language));
        me.preferLanguage(language);
    }

    /** People choose no one else's password: only the system opens an account with a password it was given. */
    private StaffUser openBySystem(String username, StaffDetails details, String password) {
        // The system itself, not an account that took its name.
        if (!(FundScope.currentPrincipal().orElse(null) instanceof SystemActor)) {
            throw new AccessDeniedException("Only the system opens accounts with a password it was given");
        }
        checkPasswordRules(username, password);
        return open(username, details, password);
    }

    private StaffUser open(String username, StaffDetails details, String password) {
        String name = StaffSignIn.normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserFacingException("users.error.username-invalid");
        }
        if (RESERVED_USERNAMES.contains(name)) {
            throw new UserFacingException("users.error.username-reserved", name);
        }
        if (users.existsByUsername(name)) {
            throw new UserFacingException("users.error.username-taken", name);
        }
        StaffUser user = users.save(new StaffUser(name, checked(details), encoder.encode(password)));
        audit.record("staff_user", user.id(), "created", null, user.toString());
        return user;
    }

    private StaffDetails checked(StaffDetails details) {
        String fullName = details.fullName() == null ? "" : details.fullName().strip();
        if (fullName.isEmpty()) {
            throw new UserFacingException("users.error.full-name-required");
        }
        if (fullName.length() > 150 || fullName.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("users.error.full-name-invalid");
        }
        if (!EmailAddress.isValid(details.email())) {
            throw new UserFacingException("users.error.email-invalid");
        }
        String email = EmailAddress.parse(details.email()).value();
        if (details.role() == null) {
            throw new UserFacingException("users.error.role-required");
        }
        FundUnitRef unit = fundUnits.get(details.fundUnitId());
        if (!unit.active()) {
            throw new UserFacingException("users.error.fund-unit-inactive");
        }
        return new StaffDetails(fullName, email, details.role(), unit.id());
    }

    static void checkPasswordRules(String username, String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new UserFacingException("password.error.too-short", PASSWORD_MIN);
        }
        if (password.length() > PASSWORD_MAX) {
            throw new UserFacingException("password.error.too-long", PASSWORD_MAX);
        }
        if (password.toLowerCase(Locale.ROOT).contains(StaffSignIn.normalise(username))) {
            throw new UserFacingException("password.error.contains-username");
        }
    }

    private StaffUser userInScope(long id) {
        StaffUser user = users.findById(id).orElseThrow(() -> new UserFacingException("users.error.not-found"));
        fundUnits.get(user.fundUnitId());
        return user;
    }

    private static boolean isSelf(StaffUser user) {
        return user.username().equals(FundScope.actorName());
    }

    private static StaffSummary summary(StaffUser user, FundUnitRef unit) {
        return new StaffSummary(user.id(), user.username(), user.fullName(), user.email(), user.role(),
                user.fundUnitId(), unit.name(), user.active());
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
