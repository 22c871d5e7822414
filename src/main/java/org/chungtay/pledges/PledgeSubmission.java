package org.chungtay.pledges;

import java.util.Locale;

import org.chungtay.donors.Sector;

/**
 * What a business or person submits on the online pledge form. The submission key is drawn when the
 * form is shown, so a double click or a resubmitted form names the same pledge. The honeypot is a
 * field people never see; only robots fill it in.
 *
 * @param organisation true for a business or other organisation, of the sector given; businesses give
 *                     their tax code
 */
public record PledgeSubmission(String submissionKey, String honeypot, Commitment commitment, InstalmentPlan plan,
        boolean organisation, Sector sector, String donorName, String taxCode, String contactName, String email, String phone,
        String address, Locale language, boolean progressUpdates, boolean appeals, boolean mayBeNamed) {
}
