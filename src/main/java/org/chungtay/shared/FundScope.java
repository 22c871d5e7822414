package org.chungtay.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one scoping rule of the portal: a principal acts only within its fund unit's subtree. Every
 * service that reads or changes data of a fund unit asks here, whatever the view showed.
 */
public final class FundScope {

    private FundScope() {
    }

    public static Optional<ScopedPrincipal> currentPrincipal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static ScopedPrincipal requirePrincipal() {
        return currentPrincipal().orElseThrow(() -> new AccessDeniedException("No scoped principal"));
    }

    /** The path prefix that every fund unit visible to the current principal starts with. */
    public static String subtreePath() {
        return requirePrincipal().fundUnitPath();
    }

    public static boolean contains(String fundUnitPath) {
        return fundUnitPath != null && fundUnitPath.startsWith(subtreePath());
    }

    public static void check(String fundUnitPath) {
        if (!contains(fundUnitPath)) {
            throw new AccessDeniedException("Fund unit outside the caller's subtree");
        }
    }

    /**
     * Who acts, for the audit trail: the signed-in person or {@code system} (SystemActor), a visitor
     * as {@code public} with their address (PublicActor), the holder of a link emailed to a donor as that
     * donor (LinkHolder), a donor signed in to the donor portal as that donor (DonorPrincipal), and plain
     * {@code public} for any other work without a principal, so that nothing a
     * visitor does passes for the scheduled jobs.
     */
    public static String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof ScopedPrincipal scoped) {
            return scoped.username();
        }
        if (principal instanceof PublicActor visitor) {
            return visitor.actorName();
        }
        if (principal instanceof LinkHolder holder) {
            return holder.actorName();
        }
        if (principal instanceof DonorPrincipal donor) {
            return donor.actorName();
        }
        return PublicActor.USERNAME;
    }
}
