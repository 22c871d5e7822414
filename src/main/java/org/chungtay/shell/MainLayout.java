package org.chungtay.shell;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.people.AccountNavigation;
import org.chungtay.people.StaffPrincipal;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.LanguageSwitch;
import org.chungtay.shared.ui.StaffHome;

/**
 * The frame of every staff view: product name, the menu that the person's role allows (views
 * declare themselves with {@code @Menu}; Vaadin leaves out those the person may not open), the
 * person's fund unit, the language switch and the user menu.
 */
@Layout
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final StaffPrincipal me;

    MainLayout(AuthenticationContext authentication, StaffUserService users) {
        this.me = authentication.getAuthenticatedUser(StaffPrincipal.class).orElseThrow();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));

        Span fundUnit = new Span(new Icon(VaadinIcon.INSTITUTION), new Span(me.fundUnitName()));
        fundUnit.setId("current-fund-unit");
        fundUnit.addClassName("current-fund-unit");
        fundUnit.getElement().setAttribute("title", getTranslation("shell.fund-unit"));

        Div spacer = new Div();
        spacer.addClassName("spacer");
        LanguageSwitch language = new LanguageSwitch(locale -> users.setOwnLanguage(me, locale.getLanguage()));
        addToNavbar(toggle, spacer, fundUnit, language, userMenu(authentication));

        Header brand = new Header(new Span(getTranslation("app.name")));
        brand.setId("app-name");
        brand.addClassName("drawer-brand");
        SideNav nav = navigation();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        Footer footer = new Footer(new Span(getTranslation(me.role().labelKey())), new Span(me.fundUnitName()));
        footer.addClassName("drawer-footer");
        addToDrawer(brand, new Scroller(nav), footer);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(nav.getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().replaceAll("^/+|/+$", "");
            item.setId("nav-" + (path.isEmpty() || path.equals(StaffHome.ROUTE) ? "home" : path.replace('/', '-')));
            nav.addItem(item);
        });
        return nav;
    }

    private MenuBar userMenu(AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.fullName());
        avatar.addClassName("user-avatar");
        Span name = new Span(me.fullName());
        name.addClassName("user-name");
        MenuItem root = menu.addItem(new Div(avatar, name));
        root.setId("user-menu-button");
        root.setAriaLabel(getTranslation("shell.user-menu", me.fullName()));
        MenuItem password = root.getSubMenu().addItem(getTranslation("shell.change-password"),
                click -> getUI().ifPresent(AccountNavigation::toChangePassword));
        password.setId("change-password");
        MenuItem logout = root.getSubMenu().addItem(getTranslation("shell.logout"), click -> authentication.logout());
        logout.setId("logout");
        return menu;
    }

    /** A temporary password is replaced before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (me.mustChangePassword() && !AccountNavigation.isChangePassword(event.getNavigationTarget())) {
            event.forwardTo(AccountNavigation.changePasswordView());
        }
    }
}
