package org.chungtay.children.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.children.ChildrenNavigation;
import org.chungtay.children.LateDelivery;
import org.chungtay.children.Sponsorship;
import org.chungtay.children.SponsorshipService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The sponsorships of the caller's subtree, children as pseudonyms: first the months whose delivery is late (not
 * recorded by the 10th of the month after), then every sponsorship, those with late months first. Both page in
 * the database.
 */
@Route(ChildrenNavigation.SPONSORSHIPS)
@Menu(order = 41, title = "children.sponsorships.menu", icon = "vaadin:family")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class SponsorshipListView extends Main implements HasDynamicTitle {

    SponsorshipListView(SponsorshipService sponsorships) {
        setId("sponsorship-list-view");
        addClassName("list-view");

        Grid<LateDelivery> late = new Grid<>();
        late.setId("late-deliveries");
        late.addColumn(l -> SponsorshipGrids.label(this, l.child())).setHeader(
                getTranslation("children.sponsorship.child")).setFlexGrow(3);
        late.addColumn(LateDelivery::sponsorName).setHeader(getTranslation("children.sponsorship.sponsor"))
                .setFlexGrow(2);
        late.addColumn(l -> SponsorshipGrids.month(this, l.period())).setHeader(getTranslation("children.delivery.period"))
                .setAutoWidth(true);
        late.addColumn(l -> Formats.date(this, l.dueOn())).setHeader(getTranslation("children.delivery.due"))
                .setAutoWidth(true);
        late.addColumn(l -> getTranslation("children.delivery.days-late", l.daysLate()))
                .setHeader(getTranslation("children.delivery.late")).setAutoWidth(true);
        late.setEmptyStateText(getTranslation("children.delivery.none-late"));
        late.setAllRowsVisible(true);
        late.setPageSize(20);
        late.setItems(query -> sponsorships.late(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, sponsorships.countLate()));
        late.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ChildrenNavigation.sponsorship(click.getItem().sponsorshipId()))));

        Grid<Sponsorship> all = SponsorshipGrids.create(this, "sponsorships", true);
        all.setItems(query -> sponsorships.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, sponsorships.count()));

        add(new ViewHeader(getTranslation("children.sponsorships.title")),
                new Paragraph(getTranslation("children.sponsorships.intro")),
                new H3(getTranslation("children.delivery.late-title")), late,
                new H3(getTranslation("children.sponsorships.all")), all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("children.sponsorships.title");
    }
}
