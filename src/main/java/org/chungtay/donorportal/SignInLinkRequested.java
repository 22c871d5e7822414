package org.chungtay.donorportal;

import java.util.Locale;

/**
 * Someone asked for a sign-in link for an address that may sign in for this donor. Published to a synchronous
 * listener only (communications queues the email in the same transaction as the link's row): it carries the link,
 * i.e. the credential, which must never be written to the event publication registry (DD029, as DD013).
 *
 * @param dedupKey one per link, so a replayed event never sends a second email
 */
public record SignInLinkRequested(long donorId, String email, Locale language, long fundUnitId, String signInUrl,
        int validMinutes, String dedupKey) {

    @Override
    public String toString() {
        return "SignInLinkRequested[donor " + donorId + ", " + dedupKey + "]";
    }
}
