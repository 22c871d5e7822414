package org.chungtay.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * A check that every signed-in request passes, on whichever node it arrives: when one answers false, the session
 * ends at once and the request goes on as anonymous (DD011). Each kind of account brings its own: staff accounts
 * whose role or password changed, donors whose session is too old or whose access was taken away.
 */
public interface SessionCheck {

    /** Whether the session of this authentication may go on; called for every signed-in request. */
    boolean isCurrent(Authentication authentication, HttpServletRequest request);
}
