package org.chungtay.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Runs work that no person starts (first-run setup, demo data, scheduled jobs) as the system: an
 * administrator of the whole fund tree. The same service methods and checks apply as for people.
 */
public final class SystemActor implements ScopedPrincipal {

    public static final String USERNAME = "system";
    private static final SystemActor INSTANCE = new SystemActor();

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return ActingAs.call(UsernamePasswordAuthenticationToken.authenticated(INSTANCE, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))), work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public String username() {
        return USERNAME;
    }

    @Override
    public Role role() {
        return Role.ADMIN;
    }

    @Override
    public long fundUnitId() {
        return 0;
    }

    @Override
    public String fundUnitPath() {
        return "/";
    }
}
