package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.shared.ui.PublicHeader;

/** The campaigns collecting now, for anyone, without signing in. */
@Route(value = "campaigns", autoLayout = false)
@AnonymousAllowed
class PublicCampaignsView extends Div implements HasDynamicTitle {

    PublicCampaignsView(CampaignService campaigns) {
        setId("public-campaigns-view");
        addClassName("public-page");
        Main main = new Main();
        main.addClassName("public-main");
        H1 title = new H1(getTranslation("public.campaigns.title"));
        title.setId("public-campaigns-title");
        Paragraph intro = new Paragraph(getTranslation("public.campaigns.intro"));
        intro.addClassName("public-intro");
        main.add(title, intro);

        List<PublicCampaign> active = campaigns.activeCampaigns();
        if (active.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("public.campaigns.none"));
            none.setId("public-campaigns-empty");
            none.addClassName("public-empty");
            main.add(none);
        } else {
            Div cards = new Div();
            cards.setId("public-campaigns");
            cards.addClassName("public-cards");
            LocalDate today = CampaignCalendar.today();
            active.forEach(campaign -> cards.add(card(campaign, today)));
            main.add(cards);
        }
        add(new PublicHeader(), main);
    }

    private Component card(PublicCampaign campaign, LocalDate today) {
        Anchor card = new Anchor(CampaignsNavigation.publicPage(campaign.slug()));
        card.setId("public-campaign-" + campaign.slug());
        card.addClassName("public-card");
        card.add(PublicCampaignView.cover(campaign, "public-card-cover"));
        Span kind = new Span(getTranslation(campaign.kind().labelKey()));
        kind.addClassName("public-kind");
        H2 name = new H2(campaign.name(getLocale()));
        name.addClassName("public-card-title");
        Span unit = new Span(campaign.fundUnitName());
        unit.addClassName("public-unit");
        Thermometer thermometer = new Thermometer("public-thermometer-" + campaign.slug(), campaign.progress(),
                campaign.figures(), getLocale());
        Span daysLeft = new Span(getTranslation("public.days-left", campaign.daysLeft(today)));
        daysLeft.addClassName("public-days-left");
        Div body = new Div(kind, name, unit, thermometer, daysLeft);
        body.addClassName("public-card-body");
        card.add(body);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.campaigns.page-title");
    }
}
