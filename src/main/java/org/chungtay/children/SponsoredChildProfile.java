package org.chungtay.children;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.shared.Money;

/**
 * A sponsored child's page in the donor portal: the pseudonymous child, the donor's sponsorship terms, the
 * deliveries recorded (newest first) and the notes with photos only while current consent allows, read at every
 * request so that a withdrawal hides them at once.
 *
 * @param notes the shared notes, newest first; {@link SharedNote#hasPhoto()} only while photos may be shared
 */
public record SponsoredChildProfile(SponsoredChild child, Money amountPerMonth, LocalDate startMonth,
        LocalDate endMonth, List<SponsorDelivery> deliveries, List<SharedNote> notes) {
}
