package org.chungtay.campaigns;

/**
 * A campaign opened, on its start date (the daily job) or early (a manager). Published in the opening
 * transaction; the communications module announces it to the contacts who opted in to appeals when
 * {@code announce} is set (DD024). It carries no personal data: the event publication registry keeps it.
 *
 * @param announce whether a manager asked, before it opened, for its opening to be announced
 */
public record CampaignOpened(long campaignId, boolean announce) {
}
