package org.chungtay.communications.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.FailingMail;
import org.chungtay.communications.MailDeliveryService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Mail that did not go: still retried after a temporary failure, refused for good, or given up after the
 * retry window, the latest attempt first, with the server's reply. A message can be queued again (audited),
 * for instance after its address was corrected at the server's end or an outage ended.
 */
@Route(CommunicationsNavigation.FAILING_MAIL)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class FailingMailView extends Main implements HasDynamicTitle {

    private final transient MailDeliveryService mail;
    private final Grid<FailingMail> grid = new Grid<>();

    FailingMailView(MailDeliveryService mail) {
        this.mail = mail;
        setId("failing-mail-view");
        addClassName("list-view");

        grid.setId("failing-mail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FailingMail::recipient).setHeader(getTranslation("outbox.failing.recipient")).setFlexGrow(2);
        grid.addColumn(FailingMail::subject).setHeader(getTranslation("outbox.failing.subject")).setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("outbox.failing.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FailingMail::attempts).setHeader(getTranslation("outbox.failing.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message -> Formats.dateTime(this, message.lastAttemptAt()))
                .setHeader(getTranslation("outbox.failing.last-attempt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message -> Formats.dateTime(this, message.nextAttemptAt()))
                .setHeader(getTranslation("outbox.failing.next-attempt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message -> message.lastError() == null ? Formats.NOTHING : message.lastError())
                .setHeader(getTranslation("outbox.failing.reply")).setFlexGrow(3);
        grid.addComponentColumn(this::requeue).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("outbox.failing.empty"));

        add(new ViewHeader(getTranslation("outbox.failing.title")),
                new Paragraph(getTranslation("outbox.failing.intro", MailDeliveryService.RECENT_DAYS)), grid);
        refresh();
    }

    private Component state(FailingMail message) {
        Span badge = new Span(getTranslation("outbox.state." + message.state().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        badge.addClassNames("badge", message.state() == FailingMail.State.RETRYING ? "badge-warning" : "badge-error");
        return badge;
    }

    private Component requeue(FailingMail message) {
        Button requeue = new Button(getTranslation("outbox.failing.requeue"), click -> Notices.attempt(() -> {
            mail.requeue(message.id());
            Notices.success("outbox.failing.requeued", message.recipient());
            refresh();
        }));
        requeue.setId("failing-mail-requeue-" + message.id());
        requeue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return requeue;
    }

    private void refresh() {
        grid.setItems(query -> mail.failing(query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.failing.title");
    }
}
