package org.chungtay.pledges;

import java.util.Locale;
import java.util.Map;

/**
 * A pledge was submitted online. Published inside the submitting transaction; the communications
 * module queues the confirmation email from it in that same transaction (DD013).
 *
 * @param confirmationValues the values of the pledge confirmation's mail template, already in the
 *                           donor's language, visitor-typed text already quoted
 * @param fundUnitId         the unit of the pledge's campaign, which signs the confirmation
 * @param optInValues        the values of the opt-in confirmation's mail template (double opt-in), when the
 *                           visitor ticked news on the form; empty when they did not
 */
public record PledgeSubmitted(long pledgeId, String reference, String contactEmail, Locale language,
        Map<String, Object> confirmationValues, long fundUnitId, Map<String, Object> optInValues) {

    public PledgeSubmitted {
        confirmationValues = Map.copyOf(confirmationValues);
        optInValues = Map.copyOf(optInValues);
    }

    @Override
    public String toString() {
        // the values hold the confirmation page's and the opt-in link's addresses, which are as good as the tokens
        return "PledgeSubmitted[pledgeId=" + pledgeId + ", reference=" + reference + "]";
    }
}
