package org.chungtay.pledges;

import java.util.Locale;

/**
 * Who pledged, as they wrote it on the form: kept with the pledge as submitted, whatever the donor
 * register says, so that staff can compare a claim on an existing organisation with its record.
 */
public record PledgeContact(String donorName, String taxCode, String contactName, String email, String phone,
        Locale language) {
}
