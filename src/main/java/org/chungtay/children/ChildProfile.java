package org.chungtay.children;

import java.util.List;

/**
 * A sponsored child as the sponsor may see it (issue 10's donor portal): the pseudonym, the notes and photos
 * shared while consent allows, and the sponsorship's months with their deliveries.
 */
public record ChildProfile(Pseudonym pseudonym, Sponsorship sponsorship, List<SharedNote> notes,
        List<SponsoredMonth> months) {
}
