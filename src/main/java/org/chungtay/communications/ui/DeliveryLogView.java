package org.chungtay.communications.ui;

import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.communications.CapturedMailbox;
import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.DeliveryLogQuery;
import org.chungtay.communications.DeliveryLogService;
import org.chungtay.communications.LoggedMail;
import org.chungtay.communications.MailStatus;
import org.chungtay.communications.MessageKind;
import org.chungtay.donors.DonorQuery;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorSummary;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The delivery log: every message of the reader's subtree, newest first, searched by donor (chosen by name)
 * or address, campaign, kind, state and the days it was queued; paged in the database. A row opens the
 * message as it was sent. Links lead to failing mail, to suppressed addresses and, in zero-setup mode, to
 * the mail the embedded server captured.
 */
@Route(CommunicationsNavigation.DELIVERY_LOG)
@Menu(order = 87, title = "mail.log.menu", icon = "vaadin:envelopes-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class DeliveryLogView extends Main implements HasDynamicTitle {

    private final transient DeliveryLogService log;
    private final ComboBox<DonorSummary> donor = new ComboBox<>();
    private final TextField recipient = new TextField();
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    private final Select<MessageKind> kind = new Select<>();
    private final Select<MailStatus> status = new Select<>();
    private final DatePicker from = DatePickers.create("mail-log-from", "mail.log.filter.from");
    private final DatePicker to = DatePickers.create("mail-log-to", "mail.log.filter.to");
    private final Grid<LoggedMail> grid = new Grid<>();

    DeliveryLogView(DeliveryLogService log, DonorService donors, CampaignService campaigns, CapturedMailbox captured,
            AuthenticationContext authentication) {
        this.log = log;
        setId("mail-log-view");
        addClassName("list-view");

        donor.setId("mail-log-donor");
        donor.setLabel(getTranslation("mail.log.filter.donor"));
        donor.setItems(DataProvider.fromFilteringCallbacks(
                query -> donors.search(new DonorQuery(query.getFilter().orElse(""), null), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE,
                        donors.count(new DonorQuery(query.getFilter().orElse(""), null)))));
        donor.setItemLabelGenerator(DonorSummary::name);
        donor.setClearButtonVisible(true);
        recipient.setId("mail-log-recipient");
        recipient.setLabel(getTranslation("mail.log.filter.recipient"));
        recipient.setPrefixComponent(VaadinIcon.SEARCH.create());
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        campaign.setId("mail-log-campaign");
        campaign.setLabel(getTranslation("mail.log.filter.campaign"));
        campaign.setItems(campaigns.list(CampaignFilter.ALL));
        campaign.setItemLabelGenerator(each -> "en".equals(getLocale().getLanguage()) ? each.nameEn() : each.nameVi());
        campaign.setClearButtonVisible(true);
        anyOf(kind, "mail-log-kind", "mail.log.filter.kind", MessageKind.values(), MessageKind::labelKey);
        anyOf(status, "mail-log-status", "mail.log.filter.status", MailStatus.values(), MailStatus::labelKey);
        donor.addValueChangeListener(change -> refresh());
        recipient.addValueChangeListener(change -> refresh());
        campaign.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        Div filters = new Div(donor, recipient, campaign, kind, status, from, to);
        filters.addClassName("mail-log-filters");

        Div links = new Div(link("mail-log-failing", "mail.log.link.failing", CommunicationsNavigation.FAILING_MAIL),
                link("mail-log-suppressions", "mail.log.link.suppressions", CommunicationsNavigation.SUPPRESSIONS));
        if (authentication.hasRole(Role.Names.ADMIN) && captured.isOn()) {
            links.add(link("mail-log-captured", "mail.log.link.captured", CommunicationsNavigation.CAPTURED_MAIL));
        }
        links.addClassName("mail-log-links");

        grid.setId("mail-log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(mail -> Formats.dateTime(this, mail.createdAt())).setHeader(getTranslation("mail.log.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LoggedMail::recipient).setHeader(getTranslation("mail.log.column.recipient"))
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(mail -> mail.kind() == null ? Formats.NOTHING : getTranslation(mail.kind().labelKey()))
                .setHeader(getTranslation("mail.log.column.kind")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(LoggedMail::subject).setHeader(getTranslation("mail.log.column.subject"))
                .setWidth("16rem").setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("mail.log.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LoggedMail::attempts).setHeader(getTranslation("mail.log.column.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mail -> mail.sentAt() == null ? Formats.NOTHING : Formats.dateTime(this, mail.sentAt()))
                .setHeader(getTranslation("mail.log.column.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("mail.log.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(CommunicationsNavigation.loggedMessage(click.getItem().id()))));

        add(new ViewHeader(getTranslation("mail.log.title")), links, filters, grid);
        refresh();
    }

    /** A filter offering each value by its translated name, or any. */
    private <T> void anyOf(Select<T> select, String id, String labelKey, T[] values, Function<T, String> valueKey) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("mail.log.filter.any"));
        select.setItemLabelGenerator(each -> getTranslation(each == null ? "mail.log.filter.any" : valueKey.apply(each)));
    }

    private Component state(LoggedMail mail) {
        Span badge = new Span(getTranslation(mail.status().labelKey()));
        badge.addClassName("badge");
        switch (mail.status()) {
            case SENT -> badge.addClassName("badge-success");
            case FAILED -> badge.addClassName("badge-error");
            case QUEUED -> badge.addClassName("badge-warning");
            case CANCELLED -> badge.addClassName("badge-neutral");
        }
        return badge;
    }

    private Anchor link(String id, String key, String route) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.setId(id);
        return link;
    }

    /** Lazy: the grid asks for the count and for the pages it shows, each one query in the database. */
    private void refresh() {
        DeliveryLogQuery query = new DeliveryLogQuery(donor.getValue() == null ? null : donor.getValue().id(),
                recipient.getValue(), campaign.getValue() == null ? null : campaign.getValue().id(), kind.getValue(),
                status.getValue(), from.getValue(), to.getValue());
        grid.setItems(page -> log.search(query, page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(Integer.MAX_VALUE, log.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.log.title");
    }
}
