package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.campaigns.CampaignProgress;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PledgeFormAddress;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.campaigns.PublicCampaignSection;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The values the public pages' templates show, worked out in Java so that the templates stay logic-less:
 * every text already translated and formatted in the page's language, every address complete.
 */
@Component
class PublicPageModel {

    private static final int DESCRIPTION_LENGTH = 200;

    private final PublicTemplates templates;
    private final ObjectProvider<PledgeFormAddress> pledgeForm;
    private final ObjectProvider<PublicCampaignSection> sections;
    private final String baseUrl;

    PublicPageModel(PublicTemplates templates, ObjectProvider<PledgeFormAddress> pledgeForm,
            ObjectProvider<PublicCampaignSection> sections, @Value("${chungtay.public-base-url}") String baseUrl) {
        this.templates = templates;
        this.pledgeForm = pledgeForm;
        this.sections = sections;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    Map<String, Object> home(HttpServletRequest request, Locale locale, List<PublicCampaign> active) {
        Map<String, Object> model = templates.frame(request, locale, templates.translate(locale, "public.home.page-title"), "");
        putCards(model, request, locale, active);
        model.put("campaigns_url", request.getContextPath() + "/" + CampaignsNavigation.PUBLIC_LIST);
        return model;
    }

    Map<String, Object> list(HttpServletRequest request, Locale locale, List<PublicCampaign> active) {
        Map<String, Object> model = templates.frame(request, locale, templates.translate(locale, "public.campaigns.page-title"),
                CampaignsNavigation.PUBLIC_LIST);
        putCards(model, request, locale, active);
        return model;
    }

    Map<String, Object> notFound(HttpServletRequest request, Locale locale) {
        Map<String, Object> model = templates.frame(request, locale, templates.translate(locale, "error.not-found.title"), "");
        model.put("campaigns_url", request.getContextPath() + "/" + CampaignsNavigation.PUBLIC_LIST);
        return model;
    }

    Map<String, Object> campaign(HttpServletRequest request, Locale locale, PublicCampaign campaign) {
        String address = CampaignsNavigation.publicPage(campaign.slug());
        String name = campaign.name(locale);
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "public.campaign.page-title", name), address);
        String base = request.getContextPath() + "/";
        LocalDate today = CampaignCalendar.today();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(templates.translate(locale, "format.date"));

        model.put("kind", templates.translate(locale, campaign.kind().labelKey()));
        model.put("kind_class", kindClass(campaign));
        model.put("name", name);
        model.put("unit", campaign.fundUnitName());
        model.put("period", templates.translate(locale, "public.period", dates.format(campaign.startDate()),
                dates.format(campaign.endDate())));
        model.put("cover", cover(base, campaign));
        model.put("thermometer", thermometer(locale, "campaign-thermometer", campaign));
        model.put("supporters", String.valueOf(campaign.figures().supporters()));
        model.put("days_left", String.valueOf(campaign.daysLeft(today)));
        model.put("collecting", campaign.isCollecting());
        PledgeFormAddress form = pledgeForm.getIfAvailable();
        model.put("pledge_url", form == null ? false : base + form.of(campaign.slug()));
        boolean ended = !campaign.isCollecting();
        model.put("ended", ended ? templates.translate(locale, "public.ended", date(dates, campaign.closedOn())) : null);
        model.put("distribution_deadline", ended && campaign.distributionDeadline() != null
                ? templates.translate(locale, "public.distribution-deadline", dates.format(campaign.distributionDeadline()))
                : null);
        String description = campaign.description(locale);
        model.put("description", description);
        model.put("has_give", campaign.isCollecting());
        model.put("give", give(campaign.account()));
        model.put("has_honour_roll", !campaign.figures().honourRoll().isEmpty());
        model.put("honour_roll", campaign.figures().honourRoll());
        model.put("sections", sections.orderedStream()
                .flatMap(section -> section.render(campaign, locale, request.getContextPath()).stream()).toList());

        List<Map<String, String>> meta = new ArrayList<>();
        meta.add(Map.of("property", "og:type", "content", "website"));
        meta.add(Map.of("property", "og:title", "content", name));
        meta.add(Map.of("property", "og:url", "content", baseUrl + "/" + address));
        meta.add(Map.of("property", "og:locale", "content", locale.toString()));
        if (description != null) {
            String shortened = description.length() > DESCRIPTION_LENGTH
                    ? description.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…" : description;
            meta.add(Map.of("property", "og:description", "content", shortened));
            model.put("meta_description", shortened);
        }
        if (campaign.hasCover()) {
            meta.add(Map.of("property", "og:image", "content",
                    baseUrl + "/" + CampaignsNavigation.publicCover(campaign.slug())));
        }
        model.put("open_graph", meta);
        return model;
    }

    /** What every page has: title, styles, header with the language switch and the ways to sign in. */
    private void putCards(Map<String, Object> model, HttpServletRequest request, Locale locale,
            List<PublicCampaign> active) {
        String base = request.getContextPath() + "/";
        LocalDate today = CampaignCalendar.today();
        model.put("has_cards", !active.isEmpty());
        model.put("cards", active.stream().map(campaign -> {
            Map<String, Object> card = new HashMap<>();
            card.put("slug", campaign.slug());
            card.put("url", base + CampaignsNavigation.publicPage(campaign.slug()));
            card.put("cover", cover(base, campaign));
            card.put("kind", templates.translate(locale, campaign.kind().labelKey()));
            card.put("kind_class", kindClass(campaign));
            card.put("name", campaign.name(locale));
            card.put("unit", campaign.fundUnitName());
            card.put("thermometer", thermometer(locale, "public-thermometer-" + campaign.slug(), campaign));
            card.put("days_left", templates.translate(locale, "public.days-left", campaign.daysLeft(today)));
            return card;
        }).toList());
    }

    private static Map<String, Object> cover(String base, PublicCampaign campaign) {
        return campaign.hasCover() ? Map.of("url", base + CampaignsNavigation.publicCover(campaign.slug())) : null;
    }

    private static String kindClass(PublicCampaign campaign) {
        return "public-kind-" + campaign.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The progress bar as SVG: the bars' lengths are attributes, not inline styles, so a strict content
     * security policy does not hide them.
     */
    private Map<String, Object> thermometer(Locale locale, String id, PublicCampaign campaign) {
        CampaignProgress progress = campaign.progress();
        Figures figures = campaign.figures();
        Map<String, Object> thermometer = new HashMap<>();
        thermometer.put("id", id);
        thermometer.put("label", templates.translate(locale, "public.thermometer.label"));
        thermometer.put("max", progress.goal() == null ? "0" : Long.toString(progress.goal().amount()));
        thermometer.put("now", Long.toString(figures.received().amount()));
        thermometer.put("value_text", templates.translate(locale, "public.thermometer.value-text",
                String.valueOf(progress.receivedPercent()), String.valueOf(progress.pledgedPercent())));
        thermometer.put("pledged_width", percent(progress.pledgedPerMille()));
        thermometer.put("received_width", percent(progress.receivedPerMille()));
        thermometer.put("received", templates.translate(locale, "public.thermometer.received",
                Formats.money(figures.received(), locale), String.valueOf(progress.receivedPercent())));
        thermometer.put("pledged", templates.translate(locale, "public.thermometer.pledged",
                Formats.money(figures.pledged(), locale), String.valueOf(progress.pledgedPercent())));
        thermometer.put("goal", templates.translate(locale, "public.thermometer.goal", Formats.money(progress.goal(), locale)));
        return thermometer;
    }

    private static String percent(int perMille) {
        return perMille / 10 + "." + perMille % 10 + "%";
    }

    private static String date(DateTimeFormatter dates, LocalDate day) {
        return day == null ? Formats.NOTHING : dates.format(day);
    }

    private static List<Map<String, String>> give(ReceivingAccount account) {
        return List.of(
                Map.of("key", "public.give.bank", "value", account.bankShortName().orElse(Formats.NOTHING)),
                Map.of("key", "public.give.account-number", "value", orNothing(account.accountNumber())),
                Map.of("key", "public.give.account-name", "value", orNothing(account.accountName())));
    }

    private static String orNothing(String value) {
        return value == null ? Formats.NOTHING : value;
    }
}
