package org.chungtay.children;

/** A month's delivery was not recorded by its due date (flagged once); the commune's staff are told. */
public record DeliveryLate(long monthId, long sponsorshipId) {
}
