package org.chungtay.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.ClientAddress;
import org.chungtay.shared.RateLimit;
import org.chungtay.shared.RateLimit.Allowance;
import org.chungtay.shared.RateLimits;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a staff member's password, and slows down guessing (DD004): the account counts wrong
 * passwords in the database (so every node sees the same count) and refuses attempts until its wait
 * is over; the client address may get only so many wrong passwords and unknown usernames, whatever
 * the account. Every refusal looks the same from outside, and takes as long: the password is checked
 * even when the answer is already no, against a stand-in hash for unknown usernames.
 */
@Component
class StaffSignIn implements AuthenticationProvider, UserDetailsService {

    /** Generous for an office behind one address, slow for a script: two guesses a minute once spent. */
    static final RateLimit WRONG_PER_ADDRESS = RateLimit.of("sign-in-wrong-per-address",
            new Allowance(30, Duration.ofMinutes(15)));

    private final StaffUserRepository users;
    private final FundUnitService fundUnits;
    private final TransactionTemplate transactions;
    private final PasswordEncoder encoder;
    private final RateLimits limits;
    private final String unknownUserHash;

    StaffSignIn(StaffUserRepository users, FundUnitService fundUnits, TransactionTemplate transactions,
            PasswordEncoder encoder, RateLimits limits) {
        this.users = users;
        this.fundUnits = fundUnits;
        this.transactions = transactions;
        this.encoder = encoder;
        this.limits = limits;
        this.unknownUserHash = encoder.encode("no account has this password " + Instant.now());
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = normalise(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = clientAddress(attempt).key();
        Instant now = Instant.now();
        Optional<StaffUser> account = users.findByUsername(username);
        boolean passwordMatches = encoder.matches(password, account.map(StaffUser::passwordHash).orElse(unknownUserHash));
        if (!limits.hasRoom(WRONG_PER_ADDRESS, client) || account.filter(user -> user.signInBlockedAt(now)).isPresent()) {
            throw new SignInThrottledException();
        }
        if (account.isEmpty() || !passwordMatches) {
            limits.tryConsume(WRONG_PER_ADDRESS, client);
            account.ifPresent(user -> countFailure(user.id(), now));
            throw new BadCredentialsException("Wrong username or password");
        }
        StaffPrincipal principal = principalOf(account.get());
        if (!principal.isEnabled()) {
            throw new DisabledException("Account or fund unit deactivated");
        }
        transactions.executeWithoutResult(status -> users.signedIn(account.get().id(), now));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return principalOf(users.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account")));
    }

    private StaffPrincipal principalOf(StaffUser user) {
        FundUnitRef unit = fundUnits.findPublic(user.fundUnitId())
                .orElseThrow(() -> new UsernameNotFoundException("Staff account without fund unit"));
        StaffPrincipal principal = new StaffPrincipal(user, unit.path(), unit.name(), unit.active());
        principal.eraseCredentials();
        return principal;
    }

    /** The sign-in form posts to Spring Security, whose details carry {@code request.getRemoteAddr()}. */
    private static ClientAddress clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web
                ? ClientAddress.of(web.getRemoteAddress())
                : ClientAddress.UNKNOWN;
    }

    /**
     * The increment is one SQL statement, and its row lock is held until the wait is written, so
     * that parallel wrong passwords each count and each see the count they made.
     */
    private void countFailure(long id, Instant now) {
        transactions.executeWithoutResult(status -> {
            users.countFailedSignIn(id);
            StaffUser.waitAfter(users.failedSignIns(id)).ifPresent(wait -> users.blockSignInUntil(id, now.plus(wait)));
        });
    }
}
