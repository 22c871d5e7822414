package org.chungtay.children.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.chungtay.children.ChildrenNavigation;
import org.chungtay.children.Pseudonym;
import org.chungtay.children.Sponsorship;

/** The children module's grids of sponsorships, the child always as a pseudonym. */
final class SponsorshipGrids {

    private SponsorshipGrids() {
    }

    /** The pseudonym written out, as everywhere outside the caseworkers' record. */
    static String label(Component in, Pseudonym child) {
        return in.getTranslation("children.pseudonym.label", child.initial(), child.code(),
                Integer.toString(child.birthYear()), child.communeName());
    }

    static Grid<Sponsorship> sponsorships(Component in, String id, List<Sponsorship> items, boolean showPledge) {
        Grid<Sponsorship> grid = create(in, id, showPledge);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        return grid;
    }

    static Grid<Sponsorship> create(Component in, String id, boolean showPledge) {
        Grid<Sponsorship> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(s -> label(in, s.child())).setHeader(in.getTranslation("children.sponsorship.child"))
                .setFlexGrow(3);
        if (showPledge) {
            grid.addColumn(Sponsorship::pledgeReference).setHeader(in.getTranslation("children.sponsorship.pledge"))
                    .setAutoWidth(true);
            grid.addColumn(Sponsorship::sponsorName).setHeader(in.getTranslation("children.sponsorship.sponsor"))
                    .setFlexGrow(2);
        }
        grid.addColumn(s -> s.amountPerMonth().format(locale()))
                .setHeader(in.getTranslation("children.sponsorship.amount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> month(in, s.startMonth()) + " – " + month(in, s.endMonth()))
                .setHeader(in.getTranslation("children.sponsorship.term")).setAutoWidth(true);
        grid.addComponentColumn(s -> lateBadge(in, s.lateMonths())).setHeader(
                in.getTranslation("children.sponsorship.deliveries")).setAutoWidth(true);
        grid.setEmptyStateText(in.getTranslation("children.sponsorship.none"));
        grid.addItemClickListener(click -> in.getUI().ifPresent(ui ->
                ui.navigate(ChildrenNavigation.sponsorship(click.getItem().id()))));
        return grid;
    }

    /** A month as 10/2027. */
    static String month(Component in, java.time.temporal.TemporalAccessor month) {
        return java.time.format.DateTimeFormatter.ofPattern(in.getTranslation("children.format.month")).format(month);
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? org.chungtay.shared.ui.Languages.VIETNAMESE : ui.getLocale();
    }

    static Span lateBadge(Component in, int lateMonths) {
        Span badge = new Span(lateMonths == 0 ? in.getTranslation("children.sponsorship.on-time")
                : in.getTranslation("children.sponsorship.late", lateMonths));
        badge.addClassNames("badge", lateMonths == 0 ? "badge-success" : "badge-error");
        return badge;
    }
}
