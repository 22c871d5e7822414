package org.chungtay.campaigns;

/** What the current person may do with a campaign now, so that views offer only those buttons. */
public enum CampaignAction {
    EDIT, CHANGE_COVER, SCHEDULE, BACK_TO_DRAFT, ACTIVATE, CLOSE, PREPARE_NEXT_YEAR,
    /** Decide whether the campaign's opening is announced to the contacts who opted in to appeals. */
    DECIDE_ANNOUNCEMENT
}
