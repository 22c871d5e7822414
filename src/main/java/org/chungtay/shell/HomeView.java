package org.chungtay.shell;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.FailingMailCount;
import org.chungtay.communications.MailDeliveryService;
import org.chungtay.funds.FundLevel;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.people.StaffPrincipal;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.StaffHome;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Where staff land: who they are, for which fund unit, and the size of what they look after; for those who
 * look after the mail, how much of it is failing, with a notice when any is.
 */
@Route(StaffHome.ROUTE)
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class HomeView extends Main implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, FundUnitService fundUnits, StaffUserService users,
            MailDeliveryService mail) {
        setId("home-view");
        addClassName("home-view");
        StaffPrincipal me = authentication.getAuthenticatedUser(StaffPrincipal.class).orElseThrow();
        List<FundUnitRef> subtree = fundUnits.subtree();
        List<FundLevel> levels = fundUnits.levels();
        String levelName = levels.stream().filter(l -> l.depth() == subtree.getFirst().depth())
                .map(l -> l.name(getLocale())).findFirst().orElse("");

        add(new ViewHeader(getTranslation("home.greeting", me.fullName())));
        add(new Paragraph(getTranslation("home.intro")));
        Optional<FailingMailCount> failing = mail.failingCount();
        failing.filter(count -> count.total() > 0).ifPresent(count -> add(failingMailNotice(count)));
        Div cards = new Div(
                card("home.card.fund-unit", me.fundUnitName(), levelName),
                card("home.card.role", getTranslation(me.role().labelKey()), ""),
                card("home.card.units", String.valueOf(subtree.size()), getTranslation("home.card.units.hint")),
                card("home.card.staff", String.valueOf(users.countActiveInScope()),
                        getTranslation("home.card.staff.hint")));
        failing.ifPresent(count -> cards.add(failingMailCard(count)));
        cards.addClassName("cards");
        add(cards);
    }

    private Component failingMailNotice(FailingMailCount count) {
        Anchor open = new Anchor(CommunicationsNavigation.FAILING_MAIL, getTranslation("home.failing-mail.open"));
        Div notice = new Div(new Span(getTranslation("home.failing-mail.notice", count.total(), count.retrying(),
                count.failed())), new Span(" "), open);
        notice.setId("failing-mail-notice");
        notice.addClassName("home-notice");
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }

    private Component failingMailCard(FailingMailCount count) {
        Div card = (Div) card("home.card.failing-mail", String.valueOf(count.total()),
                getTranslation("home.card.failing-mail.hint", count.retrying(), count.failed()));
        card.setId("failing-mail-card");
        card.add(new Anchor(CommunicationsNavigation.FAILING_MAIL, getTranslation("home.failing-mail.open")));
        if (count.total() > 0) {
            card.addClassName("card-warning");
        }
        return card;
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
