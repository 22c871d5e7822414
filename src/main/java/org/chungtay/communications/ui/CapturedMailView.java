package org.chungtay.communications.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.chungtay.communications.CapturedMailbox;
import org.chungtay.communications.CapturedMessage;
import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Zero-setup mode only: the mail that the embedded SMTP server received, the latest first, so that a new
 * user sees what the portal sends. A row opens the message. Where mail goes to a real server the page is
 * not found.
 */
@Route(CommunicationsNavigation.CAPTURED_MAIL)
@RolesAllowed(Role.Names.ADMIN)
class CapturedMailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CapturedMailbox mailbox;

    CapturedMailView(CapturedMailbox mailbox) {
        this.mailbox = mailbox;
        setId("captured-mail-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailbox.isOn()) {
            throw new NotFoundException();
        }
        removeAll();
        Grid<CapturedMessage.Summary> grid = new Grid<>();
        grid.setId("captured-mail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(mail -> Formats.dateTime(this, mail.receivedAt()))
                .setHeader(getTranslation("mail.captured.column.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CapturedMessage.Summary::to).setHeader(getTranslation("mail.captured.column.to"))
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(CapturedMessage.Summary::subject).setHeader(getTranslation("mail.captured.column.subject"))
                .setWidth("16rem").setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("mail.captured.empty"));
        grid.setItems(page -> mailbox.page(page.getOffset(), page.getLimit()).stream(), page -> mailbox.count());
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(CommunicationsNavigation.capturedMessage(click.getItem().number()))));
        Anchor back = new Anchor(CommunicationsNavigation.DELIVERY_LOG, getTranslation("mail.captured.back"));
        back.setId("captured-mail-back");
        add(new ViewHeader(getTranslation("mail.captured.title")), back,
                new Paragraph(getTranslation("mail.captured.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.captured.title");
    }
}
