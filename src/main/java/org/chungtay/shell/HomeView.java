package org.chungtay.shell;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.funds.FundLevel;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.people.StaffPrincipal;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.ui.StaffHome;
import org.chungtay.shared.ui.ViewHeader;

/** Where staff land: who they are, for which fund unit, and the size of what they look after. */
@Route(StaffHome.ROUTE)
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, FundUnitService fundUnits, StaffUserService users) {
        setId("home-view");
        addClassName("home-view");
        StaffPrincipal me = authentication.getAuthenticatedUser(StaffPrincipal.class).orElseThrow();
        List<FundUnitRef> subtree = fundUnits.subtree();
        List<FundLevel> levels = fundUnits.levels();
        String levelName = levels.stream().filter(l -> l.depth() == subtree.getFirst().depth())
                .map(l -> l.name(getLocale())).findFirst().orElse("");

        add(new ViewHeader(getTranslation("home.greeting", me.fullName())));
        add(new Paragraph(getTranslation("home.intro")));
        Div cards = new Div(
                card("home.card.fund-unit", me.fundUnitName(), levelName),
                card("home.card.role", getTranslation(me.role().labelKey()), ""),
                card("home.card.units", String.valueOf(subtree.size()), getTranslation("home.card.units.hint")),
                card("home.card.staff", String.valueOf(users.countActiveInScope()),
                        getTranslation("home.card.staff.hint")));
        cards.addClassName("cards");
        add(cards);
    }

    private Component card(String labelKey, String value, String hint) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Span figure = new Span(value);
        figure.addClassName("card-value");
        Span note = new Span(hint);
        note.addClassName("card-hint");
        Div card = new Div(label, figure, note);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
