package org.chungtay.campaigns;

import java.util.Locale;
import java.util.Optional;

/**
 * A part another module adds to the public page of a campaign (DD012), below its figures: the projects the
 * campaign funds, its ledger. As with {@link CampaignDetailsSection}, the campaigns module knows no other
 * module; a module declares a bean of this type and the page asks every such bean, in their {@code @Order},
 * each time it renders the campaign. The page is public and cached for a few seconds: a section shows only
 * what anyone may see, and never a child beyond a pseudonym. A section that has nothing to show for a campaign
 * returns nothing, so that the page carries no empty heading.
 */
@FunctionalInterface
public interface PublicCampaignSection {

    /**
     * The section's HTML for this campaign in this language, if it has anything to show. The HTML is put into
     * the page as it is, so the module renders it from its own logic-less template with every value escaped
     * (see {@code shared.ui.PublicTemplates}).
     *
     * @param contextPath the portal's context path, for the section's links
     */
    Optional<String> render(PublicCampaign campaign, Locale locale, String contextPath);
}
