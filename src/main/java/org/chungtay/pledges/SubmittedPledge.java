package org.chungtay.pledges;

/**
 * What the online form gets back: the pledge's id and the token of its confirmation page, which is
 * given out only here and in the confirmation email (the database keeps its hash).
 */
public record SubmittedPledge(long id, String accessToken) {

    @Override
    public String toString() {
        return "SubmittedPledge[id=" + id + "]";
    }
}
