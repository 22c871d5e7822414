package org.chungtay.pledges;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.chungtay.donors.DonorLimits;
import org.chungtay.donors.Sector;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.PhoneNumber;

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

    /* The limits of the form's fields: the form shows them, the service enforces them. */
    public static final int ORGANISATION_NAME_LIMIT = DonorLimits.NAME;
    public static final int PERSON_NAME_LIMIT = DonorLimits.PERSON_NAME;
    public static final int EMAIL_LIMIT = EmailAddress.MAX_LENGTH;
    public static final int PHONE_LIMIT = PhoneNumber.MAX_TYPED_LENGTH;
    public static final int ADDRESS_LIMIT = DonorLimits.ADDRESS;
    /** Ten digits, a hyphen and three, with room for the spaces people type between groups. */
    public static final int TAX_CODE_LIMIT = 20;
    /** How far ahead the first instalment may fall: a pledge is a promise for the coming year. */
    public static final Period FIRST_DUE_AHEAD = Period.ofYears(1);

    /** The last day the first instalment may fall on, when today is the first. */
    public static LocalDate lastFirstDueDate(LocalDate today) {
        return today.plus(FIRST_DUE_AHEAD);
    }
}
