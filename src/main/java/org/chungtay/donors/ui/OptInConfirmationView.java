package org.chungtay.donors.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.OptInLink;
import org.chungtay.shared.ui.PublicHeader;

/**
 * Where the link in a pledge's confirmation email leads: the owner of the address confirms the
 * opt-ins ticked on the form (double opt-in), in their own language. Opening the page changes
 * nothing, so mail scanners that follow links cannot confirm for the reader; the button does. A
 * used, expired or unknown link says only that.
 */
@Route(value = "consent/confirm/:token", autoLayout = false)
@AnonymousAllowed
class OptInConfirmationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DonorService donors;
    private final Main main = new Main();

    OptInConfirmationView(DonorService donors) {
        this.donors = donors;
        setId("opt-in-view");
        addClassName("public-page");
        main.addClassName("public-main");
        add(new PublicHeader(), main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        show(token, donors.optInLink(token));
    }

    private void show(String token, OptInLink link) {
        main.removeAll();
        main.add(new H1(getPageTitle()));
        Paragraph message = new Paragraph();
        message.setId("opt-in-message");
        main.add(message);
        switch (link.state()) {
            case PENDING -> {
                message.setText(getTranslation("donors.opt-in.pending"));
                Button confirm = new Button(getTranslation("donors.opt-in.confirm"),
                        click -> show(token, donors.confirmOptIns(token)));
                confirm.setId("opt-in-confirm");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                main.add(categories(link), confirm);
            }
            case CONFIRMED -> {
                message.setText(getTranslation("donors.opt-in.confirmed"));
                main.add(categories(link), new Paragraph(getTranslation("donors.opt-in.withdraw")));
            }
            case USED -> message.setText(getTranslation("donors.opt-in.used"));
            case UNKNOWN -> message.setText(getTranslation("donors.opt-in.unknown"));
        }
    }

    private UnorderedList categories(OptInLink link) {
        UnorderedList list = new UnorderedList();
        list.setId("opt-in-categories");
        for (ConsentCategory category : ConsentCategory.values()) {
            if (link.categories().contains(category)) {
                list.add(new ListItem(getTranslation(category.labelKey())));
            }
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donors.opt-in.title");
    }
}
