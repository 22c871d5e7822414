package org.chungtay.donorportal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.chungtay.children.SponsoredChild;
import org.chungtay.children.SponsorshipService;
import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.ledger.Purpose;
import org.chungtay.ledger.WhereItWent;
import org.chungtay.projects.DonorProject;
import org.chungtay.projects.ProjectService;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.Formats;

/**
 * Where the signed-in donor's money went (DD025, issue 10): the total given, a chart of the shares with the same
 * figures as a list beside it (for screen readers and for copying), what the fund still holds, each payment with
 * what it paid for (a page at a time), and cards of the projects funded and the children sponsored, each linking
 * to its own page. A child is never more than the pseudonym label the ledger wrote.
 */
@Route(value = DonorPortalNavigation.WHERE_IT_WENT, layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class WhereItWentView extends Main implements HasDynamicTitle {

    static final int GIFTS_PAGE = 20;

    private final transient WhereItWent whereItWent;
    private final Map<Long, String> slugs;
    private final Div gifts = new Div();
    private final Button more;
    private int shown;

    WhereItWentView(WhereItWent whereItWent, ProjectService projects, SponsorshipService sponsorships) {
        this.whereItWent = whereItWent;
        addClassNames("donor-view", "donor-where");
        Locale locale = getLocale();
        WhereItWent.Report report = whereItWent.mine();
        List<DonorProject> funded = projects.myProjects();
        slugs = funded.stream().collect(Collectors.toMap(DonorProject::projectId, DonorProject::slug, (a, b) -> a));

        H1 title = new H1(getTranslation("donor-portal.where.title"));
        title.setId("donor-where-title");
        Paragraph total = new Paragraph(getTranslation("donor-portal.where.total", report.total().format(locale)));
        total.setId("donor-where-total");
        add(title, total);
        if (report.gifts().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("donor-portal.where.none"));
            none.setId("donor-where-none");
            add(none);
        } else {
            add(chart(report, locale));
        }

        Section payments = new Section(new H2(getTranslation("donor-portal.where.payments")));
        payments.setId("donor-where-payments");
        gifts.addClassName("donor-where-gifts");
        more = new Button(getTranslation("donor-portal.where.more"), click -> showMoreGifts(locale));
        more.setId("donor-where-more");
        payments.add(gifts, more);
        showMoreGifts(locale);
        if (!report.gifts().isEmpty()) {
            add(payments);
        }
        add(projectCards(funded, locale), childCards(sponsorships.myChildren()));
    }

    private Section chart(WhereItWent.Report report, Locale locale) {
        List<ShareChart.Slice> slices = new ArrayList<>();
        for (WhereItWent.Share share : report.shares()) {
            slices.add(new ShareChart.Slice(shareLabel(share, locale), share.amount().format(locale), share.amount()));
        }
        if (report.unspent().isPositive()) {
            slices.add(new ShareChart.Slice(getTranslation("donor-portal.where.held"),
                    report.unspent().format(locale), report.unspent()));
        }
        Section section = new Section(new H2(getTranslation("donor-portal.where.shares")));
        section.setId("donor-where-shares-section");
        // Wrapped in a div so that the browser parses the SVG as the div's content, in the SVG namespace (an Html
        // whose root is the svg would make an HTML element of that name, drawn as nothing); ShareChart escapes
        // every text in it.
        Html chart = new Html("<div>" + ShareChart.svg(getTranslation("donor-portal.where.chart-title"), slices,
                report.total()) + "</div>");
        chart.setId("donor-where-chart");
        chart.addClassName("donor-chart");
        chart.getElement().setAttribute("aria-hidden", "true");
        UnorderedList list = new UnorderedList();
        list.setId("donor-where-shares");
        list.addClassName("donor-chart-legend");
        for (int i = 0; i < slices.size(); i++) {
            ShareChart.Slice slice = slices.get(i);
            Span swatch = new Span();
            swatch.addClassName("donor-chart-swatch");
            swatch.getStyle().set("background", ShareChart.COLOURS.get(i % ShareChart.COLOURS.size()));
            ListItem item = new ListItem(swatch, new Span(getTranslation("donor-portal.where.share", slice.label(),
                    slice.amountText(), String.valueOf(ShareChart.percent(slice.amount(), report.total())))));
            item.setId("donor-where-share-" + (i + 1));
            list.add(item);
        }
        Paragraph held = new Paragraph(getTranslation("donor-portal.where.unspent", report.unspent().format(locale)));
        held.setId("donor-where-unspent");
        section.add(chart, list, held);
        return section;
    }

    private String shareLabel(WhereItWent.Share share, Locale locale) {
        return switch (share.purpose()) {
            case PROJECT -> getTranslation("donor-portal.where.share.project", share.label(locale));
            case SPONSORED_CHILD, SUPPORT_CASE -> getTranslation("donor-portal.where.share.children",
                    share.children(), share.unitName());
            case GENERAL -> getTranslation("donor-portal.where.share.general", share.label(locale));
        };
    }

    private void showMoreGifts(Locale locale) {
        List<WhereItWent.Gift> page = whereItWent.myGifts(shown, GIFTS_PAGE);
        for (WhereItWent.Gift gift : page) {
            shown++;
            gifts.add(gift(gift, shown, locale));
        }
        more.setVisible(page.size() == GIFTS_PAGE && shown < whereItWent.countMyGifts());
    }

    private Div gift(WhereItWent.Gift gift, int n, Locale locale) {
        Div card = new Div();
        card.addClassNames("donor-card", "donor-where-gift");
        card.setId("donor-where-gift-" + n);
        card.add(new H3(getTranslation("donor-portal.where.gift", Formats.date(this, gift.receivedOn()),
                gift.amount().format(locale))));
        UnorderedList uses = new UnorderedList();
        uses.addClassName("donor-where-uses");
        int m = 0;
        for (WhereItWent.Use use : gift.uses()) {
            ListItem line = new ListItem(new Span(getTranslation("donor-portal.where.use", use.amount().format(locale),
                    use.description(locale), getTranslation(use.purpose().labelKey()),
                    Formats.date(this, use.paidOn()))));
            line.setId("donor-where-gift-" + n + "-use-" + (++m));
            String slug = use.purpose() == Purpose.PROJECT && use.projectId() != null ? slugs.get(use.projectId()) : null;
            if (slug != null) {
                Anchor updates = new Anchor(DonorPortalNavigation.project(slug),
                        getTranslation("donor-portal.where.project-updates"));
                updates.addClassName("donor-where-project-link");
                line.add(new Span(" "), updates);
            }
            uses.add(line);
        }
        if (gift.unspent().isPositive()) {
            ListItem held = new ListItem(getTranslation("donor-portal.where.gift-unspent", gift.unspent().format(locale)));
            held.setId("donor-where-gift-" + n + "-unspent");
            uses.add(held);
        }
        card.add(uses);
        return card;
    }

    private Section projectCards(List<DonorProject> funded, Locale locale) {
        Section section = new Section(new H2(getTranslation("donor-portal.where.projects")));
        section.setId("donor-where-projects");
        if (funded.isEmpty()) {
            section.add(new Paragraph(getTranslation("donor-portal.where.projects-none")));
        }
        Div cards = new Div();
        cards.addClassName("donor-cards");
        for (DonorProject project : funded) {
            Anchor card = new Anchor(DonorPortalNavigation.project(project.slug()));
            card.setId("donor-project-link-" + project.slug());
            card.addClassNames("donor-card", "donor-card-link");
            card.add(new Span(project.title(locale)), new Span(getTranslation(project.status().labelKey())),
                    new Span(getTranslation("donor-portal.where.project-given", project.given().format(locale))));
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private Section childCards(List<SponsoredChild> children) {
        Section section = new Section(new H2(getTranslation("donor-portal.where.children")));
        section.setId("donor-where-children");
        if (children.isEmpty()) {
            section.add(new Paragraph(getTranslation("donor-portal.where.children-none")));
        }
        Div cards = new Div();
        cards.addClassName("donor-cards");
        for (SponsoredChild child : children) {
            Anchor card = new Anchor(DonorPortalNavigation.child(child.code()));
            card.setId("donor-child-link-" + child.code());
            card.addClassNames("donor-card", "donor-card-link");
            card.add(new Span(getTranslation("donor-portal.child.name", child.name(), child.code())),
                    new Span(getTranslation("donor-portal.child.born-in", String.valueOf(child.birthYear()), child.communeName())));
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donor-portal.where.title");
    }
}
