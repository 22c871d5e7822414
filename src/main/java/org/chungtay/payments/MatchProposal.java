package org.chungtay.payments;

import java.util.List;

/**
 * What the matcher proposes for one statement line: the pledge it would pay, how sure it is, and why, as
 * a translation key with its arguments ("reference CT26-7K3Q9M found in the note"). Without a pledge the
 * line goes to the queue, with the likely candidates a person may choose from.
 */
public record MatchProposal(Confidence confidence, OpenPledge pledge, String reasonKey, List<Object> reasonArguments,
        List<OpenPledge> candidates) {

    public MatchProposal {
        reasonArguments = List.copyOf(reasonArguments);
        candidates = List.copyOf(candidates);
    }

    public enum Confidence {
        /** The pledge's reference, with its check character right, is in the note. */
        CERTAIN,
        /** The amount settles instalments of exactly one pledge of the donor the name or account names. */
        LIKELY,
        /** Nothing to go on: a person decides from the queue. */
        NONE;

        public String labelKey() {
            return "statements.confidence." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean matched() {
        return pledge != null;
    }

    public static MatchProposal none(String reasonKey, List<Object> arguments, List<OpenPledge> candidates) {
        return new MatchProposal(Confidence.NONE, null, reasonKey, arguments, candidates);
    }
}
