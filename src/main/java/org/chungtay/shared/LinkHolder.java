package org.chungtay.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Whoever holds a signed link (or token) that the portal emailed to one donor, such as an unsubscribe or
 * preferences link: known only as the owner of that donor's address. Work done for them (their own consent
 * and language) runs as this actor, so that the audit trail names it {@code donor 42, email link}, never
 * {@code public} or {@code system}. Staff usernames have no spaces, so no account can pass for it. It is
 * anonymous to Spring Security and has no fund scope.
 *
 * @param actorName how the audit trail names this actor, at most 60 characters
 */
public record LinkHolder(String actorName) {

    private static final String KEY = "chungtay-link-holder";

    public LinkHolder {
        if (actorName == null || actorName.isBlank() || actorName.length() > 60 || !actorName.contains(" ")) {
            throw new IllegalArgumentException("A link holder is named in words, with a space, in 60 characters");
        }
    }

    /** Runs the work as the holder of a link, whoever is signed in on this thread. */
    public static <T> T call(String actorName, Supplier<T> work) {
        return ActingAs.call(new AnonymousAuthenticationToken(KEY, new LinkHolder(actorName),
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))), work);
    }

    /** The link holder acting on this thread, if the work runs as one. */
    public static Optional<LinkHolder> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LinkHolder holder
                ? Optional.of(holder) : Optional.empty();
    }

    public static void run(String actorName, Runnable work) {
        call(actorName, () -> {
            work.run();
            return null;
        });
    }
}
