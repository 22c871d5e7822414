package org.chungtay.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A donor signed in to the donor portal by a single-use link (issue 10, DD029): an individual by their own
 * address, or one contact of an organisation by theirs. Has the one role {@value #ROLE} and no fund scope:
 * services that serve donors take the donor from here, never from a parameter, so no address or argument can
 * name another donor's records.
 *
 * @param donorId    the donor (individual or organisation) whose records this session may read
 * @param email      the address the link was sent to, which signed in
 * @param signedInAt when the link was used; the session ends a fixed time after it, however active
 */
public record DonorPrincipal(long donorId, String email, Instant signedInAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ROLE = "DONOR";

    /** For {@code @PreAuthorize} of the service methods that serve the signed-in donor. */
    public static final String SIGNED_IN = "hasRole('DONOR')";

    /** The donor signed in on this thread, if a donor is. */
    public static Optional<DonorPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DonorPrincipal donor
                ? Optional.of(donor) : Optional.empty();
    }

    /** The signed-in donor's id; refuses when no donor is signed in. */
    public static long requireDonorId() {
        return current().orElseThrow(() -> new AccessDeniedException("No donor signed in")).donorId();
    }

    /** How the audit trail names what the donor does: {@code donor 42, portal}. */
    public String actorName() {
        return "donor " + donorId + ", portal";
    }

    /** The authentication a session of this donor carries. */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    /** Runs work as this donor on this thread (the work of a signed-in request, or a test). */
    public <T> T call(Supplier<T> work) {
        return ActingAs.call(authentication(), work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
