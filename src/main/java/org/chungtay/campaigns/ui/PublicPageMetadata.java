package org.chungtay.campaigns.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.shared.ui.Languages;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Title and Open Graph tags in the first HTML of a public campaign page, where chat apps and social
 * networks read them for link previews (they run no JavaScript, so the title Vaadin sets later is
 * too late for them).
 */
@Component
class PublicPageMetadata implements VaadinServiceInitListener {

    private static final String PREFIX = "/" + CampaignsNavigation.PUBLIC_LIST + "/";
    private static final int DESCRIPTION_LENGTH = 200;

    private final CampaignService campaigns;
    private final String baseUrl;

    PublicPageMetadata(CampaignService campaigns, @Value("${chungtay.public-base-url}") String baseUrl) {
        this.campaigns = campaigns;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describe);
    }

    private void describe(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return;
        }
        String slug = path.substring(PREFIX.length());
        campaigns.findPublic(slug).ifPresent(campaign -> addTags(response.getDocument(), campaign,
                Languages.fromCookie(request).orElse(Languages.VIETNAMESE)));
    }

    private void addTags(Document document, PublicCampaign campaign, Locale locale) {
        String title = campaign.name(locale);
        document.title(title);
        meta(document, "og:type", "website");
        meta(document, "og:title", title);
        meta(document, "og:url", baseUrl + "/" + CampaignsNavigation.publicPage(campaign.slug()));
        meta(document, "og:locale", locale.toString());
        String description = campaign.description(locale);
        if (description != null) {
            String shortened = description.length() > DESCRIPTION_LENGTH
                    ? description.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…" : description;
            meta(document, "og:description", shortened);
            document.head().appendElement("meta").attr("name", "description").attr("content", shortened);
        }
        if (campaign.hasCover()) {
            meta(document, "og:image", baseUrl + "/" + CampaignsNavigation.publicCover(campaign.slug()));
        }
    }

    private static void meta(Document document, String property, String content) {
        document.head().appendElement("meta").attr("property", property).attr("content", content);
    }
}
