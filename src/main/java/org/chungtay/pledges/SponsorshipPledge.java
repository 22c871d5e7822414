package org.chungtay.pledges;

import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * A direct-sponsorship pledge as the children module needs it to match children and to write to the sponsor:
 * how many children for how long at how much, the business and the contact the pledge names.
 */
public record SponsorshipPledge(long id, String reference, long campaignId, long fundUnitId, String fundUnitPath,
        PledgeStatus status, int children, int months, Money perChildPerMonth, Long donorId, String donorName,
        String contactName, String contactEmail, Locale language) {

    static SponsorshipPledge of(Pledge pledge) {
        return new SponsorshipPledge(pledge.id(), pledge.reference(), pledge.campaignId(), pledge.fundUnitId(),
                pledge.fundUnitPath(), pledge.status(), pledge.children(), pledge.months(), pledge.perChildPerMonth(),
                pledge.donorId(), pledge.donorName(), pledge.contactName(), pledge.contactEmail(), pledge.language());
    }

    /** Whether children may be matched to it: staff confirmed it and it was not given up. */
    public boolean takesChildren() {
        return status.counts();
    }
}
