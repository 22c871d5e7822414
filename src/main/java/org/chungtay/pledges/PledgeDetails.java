package org.chungtay.pledges;

import java.util.List;

import org.chungtay.shared.AuditTrail.AuditRecord;

/** A pledge as staff see it: everything, with who changed what and when. */
public record PledgeDetails(Pledge pledge, String campaignName, List<AuditRecord> history) {
}
