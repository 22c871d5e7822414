package org.chungtay.pledges.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgesNavigation;
import org.chungtay.pledges.SubmittedPledge;
import org.chungtay.shared.ClientAddress;
import org.chungtay.shared.PublicActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.PublicHeader;

/** A business or person pledges to an active campaign, without signing in. */
@Route(value = PledgesNavigation.PLEDGE_FORM, autoLayout = false)
@AnonymousAllowed
class PledgeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PledgeService pledges;
    private final transient CampaignService campaigns;
    private String title = "";

    PledgeView(PledgeService pledges, CampaignService campaigns) {
        this.pledges = pledges;
        this.campaigns = campaigns;
        setId("pledge-view");
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PublicCampaign campaign = campaigns.findPublic(slug).orElseThrow(NotFoundException::new);
        title = getTranslation("pledges.title", campaign.name(getLocale()));
        removeAll();
        Main main = new Main();
        main.addClassName("public-main");
        H1 heading = new H1(getTranslation("pledges.heading"));
        Anchor back = new Anchor(CampaignsNavigation.publicPage(slug), campaign.name(getLocale()));
        back.setId("pledge-campaign");
        back.setRouterIgnore(true);   // the campaign page is a plain page (DD012), not a Vaadin view
        main.add(heading, back);
        if (!campaign.isCollecting()) {
            main.add(new Paragraph(getTranslation("pledges.error.campaign-not-open")));
        } else {
            main.add(new Paragraph(getTranslation("pledges.intro")));
            PledgeForm form = new PledgeForm(pledges.communesOf(slug), pledges.projectsOf(slug),
                    CampaignCalendar.today());
            form.addSubmitListener(submitted -> {
                try {
                    String address = clientAddress();
                    SubmittedPledge pledge = PublicActor.call(ClientAddress.of(address),
                            () -> pledges.submitOnline(slug, submitted.submission(), address));
                    UI.getCurrent().navigate(PledgesNavigation.confirmation(pledge.accessToken()));
                } catch (UserFacingException problem) {
                    if (!form.showProblem(problem)) {
                        Notices.error(problem);
                    }
                }
            });
            main.add(form);
        }
        add(new PublicHeader(), main);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
