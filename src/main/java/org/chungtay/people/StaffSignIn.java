package org.chungtay.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a staff member's password, and slows down guessing: the account counts wrong passwords
 * in the database (so every node sees the same count) and refuses attempts until its wait is over.
 */
@Component
class StaffSignIn implements AuthenticationProvider, UserDetailsService {

    private final StaffUserRepository users;
    private final FundUnitService fundUnits;
    private final TransactionTemplate transactions;
    private final DaoAuthenticationProvider passwords;

    StaffSignIn(StaffUserRepository users, FundUnitService fundUnits, TransactionTemplate transactions,
            PasswordEncoder encoder) {
        this.users = users;
        this.fundUnits = fundUnits;
        this.transactions = transactions;
        this.passwords = new DaoAuthenticationProvider(this);
        this.passwords.setPasswordEncoder(encoder);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = normalise(attempt.getName());
        Instant now = Instant.now();
        Optional<StaffUser> account = users.findByUsername(username);
        if (account.isPresent() && account.get().signInBlockedAt(now)) {
            throw new SignInThrottledException(Duration.between(now, account.get().loginBlockedUntil()));
        }
        try {
            Authentication result = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, attempt.getCredentials()));
            record(username, user -> user.signedIn(now));
            return result;
        } catch (BadCredentialsException wrongPassword) {
            record(username, user -> user.signInFailed(now));
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        FundUnitRef unit = fundUnits.findPublic(user.fundUnitId())
                .orElseThrow(() -> new UsernameNotFoundException("Staff account without fund unit"));
        return new StaffPrincipal(user, unit.path(), unit.name(), unit.active());
    }

    /** Concurrent attempts on one account may collide; the count is advisory, so one retry is enough. */
    private void record(String username, java.util.function.Consumer<StaffUser> change) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transactions.executeWithoutResult(status -> users.findByUsername(username).ifPresent(change));
                return;
            } catch (OptimisticLockingFailureException collision) {
                // another node or request changed the row; read it again
            }
        }
    }
}
