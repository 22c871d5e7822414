package org.chungtay.pledges;

import java.util.List;

import org.chungtay.shared.AuditTrail.AuditRecord;

/**
 * A pledge as staff see it: everything, with who changed what and when.
 *
 * @param projectTitle the Vietnamese title of the project the gift is designated to, or null
 */
public record PledgeDetails(Pledge pledge, String campaignName, List<AuditRecord> history, String projectTitle) {
}
