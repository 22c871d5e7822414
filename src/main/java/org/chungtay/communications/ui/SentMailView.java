package org.chungtay.communications.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.DeliveryLogService;
import org.chungtay.communications.SentMail;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * One message of the delivery log as it was sent: subject, sender and recipient, Message-ID, times,
 * attempts, state and the server's last reply, the HTML in a sandboxed frame, the text and the files; and
 * a way to send it again as a new message (audited), which then opens.
 */
@Route(CommunicationsNavigation.DELIVERY_LOG + "/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class SentMailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DeliveryLogService log;
    private String title = "";

    SentMailView(DeliveryLogService log) {
        this.log = log;
        setId("sent-mail-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        SentMail mail;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            mail = log.message(id);
        } catch (NumberFormatException | UserFacingException notOurs) {
            throw new NotFoundException();
        }
        title = getTranslation("mail.message.title", mail.subject());
        removeAll();

        Anchor back = new Anchor(CommunicationsNavigation.DELIVERY_LOG, getTranslation("mail.message.back"));
        back.setId("sent-mail-back");
        Button resend = new Button(getTranslation("mail.message.resend"), VaadinIcon.PAPERPLANE_O.create(),
                click -> Notices.attempt(() -> {
                    long copy = log.resend(id);
                    Notices.success("mail.message.resent", mail.recipient());
                    getUI().ifPresent(ui -> ui.navigate(CommunicationsNavigation.loggedMessage(copy)));
                }));
        resend.setId("sent-mail-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resend.setVisible(mail.resendable());
        resend.setDisableOnClick(true);

        List<MailMessagePanel.Fact> facts = List.of(
                fact("mail.message.subject", mail.subject(), "sent-mail-subject"),
                fact("mail.message.from", mail.from(), "sent-mail-from"),
                fact("mail.message.to", mail.recipient(), "sent-mail-to"),
                fact("mail.message.kind",
                        mail.kind() == null ? null : getTranslation(mail.kind().labelKey()), null),
                fact("mail.message.message-id", mail.messageId(), "sent-mail-message-id"),
                fact("mail.message.created", Formats.dateTime(this, mail.createdAt()), null),
                fact("mail.message.sent",
                        mail.sentAt() == null ? null : Formats.dateTime(this, mail.sentAt()), "sent-mail-sent"),
                fact("mail.message.attempts", String.valueOf(mail.attempts()), null),
                fact("mail.message.status", getTranslation(mail.status().labelKey()),
                        "sent-mail-status"),
                fact("mail.message.last-error", mail.lastError(), "sent-mail-last-error"));
        List<MailMessagePanel.File> files = mail.attachments().stream()
                .map(file -> new MailMessagePanel.File(file.fileName(), file.size(), MailMessagePanel
                        .download(file.fileName(), () -> log.attachment(id, file.id()).content())))
                .toList();
        add(new ViewHeader(getTranslation("mail.message.heading"), resend), back);
        if (mail.bodyWithheld()) {
            Paragraph withheld = new Paragraph(getTranslation("mail.message.withheld"));
            withheld.setId("sent-mail-withheld");
            add(new MailMessagePanel(facts, null, null, List.of()), withheld);
        } else {
            add(new MailMessagePanel(facts, mail.bodyHtml(), mail.bodyText(), files));
        }
    }

    private MailMessagePanel.Fact fact(String labelKey, String value, String id) {
        return new MailMessagePanel.Fact(getTranslation(labelKey), value, id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
