package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PledgeFormAddress;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.shared.ui.PublicHeader;
import org.chungtay.shared.ui.Formats;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shareable public page of a campaign: what it is for, how far it is, how many days are left, how to
 * give, and the organisations that agreed to be named. An address that is no public campaign (a typo,
 * a draft) is "not found".
 */
@Route(value = "campaigns/:slug", autoLayout = false)
@AnonymousAllowed
class PublicCampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient ObjectProvider<PledgeFormAddress> pledgeForm;
    private PublicCampaign campaign;

    PublicCampaignView(CampaignService campaigns, ObjectProvider<PledgeFormAddress> pledgeForm) {
        this.campaigns = campaigns;
        this.pledgeForm = pledgeForm;
        setId("public-campaign-view");
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        campaign = campaigns.findPublic(slug).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        LocalDate today = CampaignCalendar.today();

        Main main = new Main();
        main.addClassName("public-main");
        main.add(cover(campaign, "public-cover"));

        Span kind = new Span(getTranslation(campaign.kind().labelKey()));
        kind.addClassName("public-kind");
        H1 name = new H1(campaign.name(locale));
        name.setId("public-campaign-name");
        Span unit = new Span(campaign.fundUnitName());
        unit.addClassName("public-unit");
        Span period = new Span(getTranslation("public.period", Formats.date(this, campaign.startDate()),
                Formats.date(this, campaign.endDate())));
        period.addClassName("public-period");
        Div heading = new Div(kind, name, unit, period);
        heading.addClassName("public-heading");

        Section progress = new Section(new Thermometer("campaign-thermometer", campaign.progress(), campaign.figures(),
                locale), counters(today));
        progress.addClassName("public-progress");
        main.add(heading, progress);
        PledgeFormAddress form = pledgeForm.getIfAvailable();
        if (campaign.isCollecting() && form != null) {
            Anchor pledge = new Anchor(form.of(campaign.slug()), getTranslation("public.pledge"));
            pledge.setId("public-pledge");
            pledge.addClassName("public-pledge");
            main.add(pledge);
        }

        if (!campaign.isCollecting()) {
            Paragraph ended = new Paragraph(getTranslation("public.ended", Formats.date(this, campaign.closedOn())));
            ended.setId("public-ended");
            ended.addClassName("public-notice");
            main.add(ended);
            if (campaign.distributionDeadline() != null) {
                Paragraph deadline = new Paragraph(getTranslation("public.distribution-deadline",
                        Formats.date(this, campaign.distributionDeadline())));
                deadline.setId("public-distribution-deadline");
                deadline.addClassName("public-notice");
                main.add(deadline);
            }
        }

        String description = campaign.description(locale);
        if (description != null) {
            Paragraph text = new Paragraph(description);
            text.setId("public-description");
            text.addClassName("public-description");
            main.add(text);
        }
        if (campaign.isCollecting()) {
            main.add(howToGive(campaign.account()));
        }
        main.add(honourRoll());
        add(new PublicHeader(), main);
    }

    private Component counters(LocalDate today) {
        Div counters = new Div(
                counter("public-supporters", String.valueOf(campaign.figures().supporters()), "public.supporters"),
                counter("public-days-left", String.valueOf(campaign.daysLeft(today)), "public.days-left.label"));
        counters.addClassName("public-counters");
        return counters;
    }

    private Component counter(String id, String value, String labelKey) {
        Span figure = new Span(value);
        figure.setId(id);
        figure.addClassName("public-counter-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("public-counter-label");
        Div counter = new Div(figure, label);
        counter.addClassName("public-counter");
        return counter;
    }

    private Component howToGive(ReceivingAccount account) {
        Section section = new Section(new H2(getTranslation("public.give.title")));
        section.setId("public-give");
        section.addClassName("public-give");
        section.add(line("public.give.bank", account.bankShortName().orElse(Formats.NOTHING)),
                line("public.give.account-number", account.accountNumber()),
                line("public.give.account-name", account.accountName()));
        Paragraph note = new Paragraph(getTranslation("public.give.note"));
        note.addClassName("public-note");
        section.add(note);
        return section;
    }

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("public-give-label");
        Span text = new Span(value);
        text.addClassName("public-give-value");
        Div line = new Div(label, text);
        line.addClassName("public-give-line");
        return line;
    }

    private Component honourRoll() {
        Section section = new Section(new H2(getTranslation("public.honour-roll.title")));
        section.setId("public-honour-roll");
        section.addClassName("public-honour-roll");
        if (campaign.figures().honourRoll().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("public.honour-roll.empty"));
            empty.setId("public-honour-roll-empty");
            empty.addClassName("public-note");
            section.add(empty);
        } else {
            UnorderedList names = new UnorderedList();
            campaign.figures().honourRoll().forEach(name -> names.add(new ListItem(name)));
            section.add(names);
        }
        return section;
    }

    /** The cover picture, or a block in the kind's colours when there is none. */
    static Component cover(PublicCampaign campaign, String className) {
        if (campaign.hasCover()) {
            Image image = new Image(CampaignsNavigation.publicCover(campaign.slug()), "");
            image.addClassName(className);
            image.getElement().setAttribute("loading", "lazy");
            return image;
        }
        Div placeholder = new Div();
        placeholder.addClassNames(className, "public-cover-placeholder",
                "public-kind-" + campaign.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        placeholder.getElement().setAttribute("aria-hidden", "true");
        return placeholder;
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("app.name")
                : getTranslation("public.campaign.page-title", campaign.name(getLocale()));
    }
}
