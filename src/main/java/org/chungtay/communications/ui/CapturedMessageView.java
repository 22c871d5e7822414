package org.chungtay.communications.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
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
 * One message the embedded SMTP server of zero-setup mode received, as a mail client shows it: every header
 * as it arrived, the HTML in a sandboxed frame, the text and the files. Not found where capture is off.
 */
@Route(CommunicationsNavigation.CAPTURED_MAIL + "/:number")
@RolesAllowed(Role.Names.ADMIN)
class CapturedMessageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CapturedMailbox mailbox;
    private String title = "";

    CapturedMessageView(CapturedMailbox mailbox) {
        this.mailbox = mailbox;
        setId("captured-message-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CapturedMessage mail;
        try {
            int number = Integer.parseInt(event.getRouteParameters().get("number").orElse(""));
            mail = mailbox.open(number).orElseThrow(NotFoundException::new);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException();
        }
        title = getTranslation("mail.message.title", mail.subject());
        removeAll();
        List<MailMessagePanel.Fact> facts = new ArrayList<>();
        facts.add(new MailMessagePanel.Fact(getTranslation("mail.captured.column.received"), Formats.dateTime(this, mail.receivedAt()),
                null));
        mail.headers().forEach(header -> facts.add(new MailMessagePanel.Fact(header.getKey(), header.getValue(), null)));
        List<MailMessagePanel.File> files = mail.attachments().stream()
                .map(file -> new MailMessagePanel.File(file.fileName(), file.content().length,
                        MailMessagePanel.download(file.fileName(), file::content)))
                .toList();
        Anchor back = new Anchor(CommunicationsNavigation.CAPTURED_MAIL, getTranslation("mail.captured.back-to-list"));
        back.setId("captured-message-back");
        add(new ViewHeader(getTranslation("mail.captured.message")), back,
                new MailMessagePanel(facts, mail.bodyHtml(), mail.bodyText(), files));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
