package org.chungtay.campaigns;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the staff page of a campaign, below the campaign's own facts. The campaigns
 * module knows no other module (they depend on it), so a module that has something to show about a campaign
 * declares a bean of this type; the page asks every such bean, in their {@code @Order}, each time it shows a
 * campaign. The communications module shows the announcement this way (DD024).
 */
@FunctionalInterface
public interface CampaignDetailsSection {

    /**
     * What to show for this campaign to the person looking at it, if anything.
     *
     * @param changed to call after the section changed the campaign, so that the page shows it anew
     */
    Optional<Component> create(CampaignDetails campaign, Runnable changed);
}
