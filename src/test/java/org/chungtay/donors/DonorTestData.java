package org.chungtay.donors;

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
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return new TaxCode(nine + check);
            }
        }
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
