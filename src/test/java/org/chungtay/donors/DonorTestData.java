package org.chungtay.donors;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.chungtay.shared.TaxCode;

/** Donors for tests: fresh tax codes and emails, so that tests never collide. */
public final class DonorTestData {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private DonorTestData() {
    }

    /** A random tax code that passes the check digit. */
    public static TaxCode newTaxCode() {
        return newTaxCodes(1).getFirst();
    }

    /** Distinct tax codes that pass the check digit, in a run from a random start. */
    public static List<TaxCode> newTaxCodes(int count) {
        List<TaxCode> codes = new ArrayList<>(count);
        for (int nine = ThreadLocalRandom.current().nextInt(900_000_000); codes.size() < count; nine++) {
            String digits = String.format("%09d", nine);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                codes.add(new TaxCode(digits + check));
            }
        }
        return codes;
    }

    public static String newEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static OrganisationDetails organisation(String name, TaxCode taxCode, String address,
            ContactDetails... contacts) {
        return new OrganisationDetails(name, taxCode, taxCode == null ? Sector.ASSOCIATION_UNION : Sector.ENTERPRISE,
                address, null, null, List.of(contacts), "vi", false);
    }

    public static IndividualDetails individual(String name, String email) {
        return new IndividualDetails(name, email, null, null, "vi", false);
    }
}
