package org.chungtay.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A member of the public, known only by the address their request came from. Work they start (an
 * online pledge) runs as this actor, so that the audit trail names it {@code public 203.0.113.7}:
 * never {@code system}, which is the scheduled jobs, and never a staff account, since the usernames
 * {@code public} and {@code system} are reserved. It is anonymous to Spring Security and has no fund
 * scope: scoped calls fail as they do for any visitor.
 */
public record PublicActor(ClientAddress address) {

    public static final String USERNAME = "public";
    private static final String KEY = "chungtay-public-actor";

    public PublicActor {
        address = address == null ? ClientAddress.UNKNOWN : address;
    }

    /**
     * Runs a visitor's work as the public at this address. Someone signed in (a staff member trying
     * the public form, or the system making demo data) stays the actor.
     */
    public static <T> T call(ClientAddress address, Supplier<T> work) {
        if (FundScope.currentPrincipal().isPresent()) {
            return work.get();
        }
        return ActingAs.call(new AnonymousAuthenticationToken(KEY, new PublicActor(address),
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))), work);
    }

    public static void run(ClientAddress address, Runnable work) {
        call(address, () -> {
            work.run();
            return null;
        });
    }

    /** How the audit trail names this actor; at most 49 characters (an IPv6 /64 is the longest). */
    public String actorName() {
        return address.equals(ClientAddress.UNKNOWN) ? USERNAME : USERNAME + " " + address.key();
    }
}
