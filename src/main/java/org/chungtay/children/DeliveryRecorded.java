package org.chungtay.children;

/** Commune staff recorded a month's delivery of a sponsorship; the communications module tells the sponsor. */
public record DeliveryRecorded(long monthId, long sponsorshipId) {
}
