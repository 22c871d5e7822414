package org.chungtay.payments.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.payments.PaymentsNavigation;
import org.chungtay.payments.QueuedLine;
import org.chungtay.payments.StatementImportService;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Statement lines that nothing matched, oldest first, paged in the database. An accountant matches one to
 * a pledge, choosing among the likely candidates or by reference, or records it as a gift without one.
 */
@Route(PaymentsNavigation.STATEMENT_QUEUE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.ACCOUNTANT})
class StatementQueueView extends Main implements HasDynamicTitle {

    private final transient StatementImportService imports;
    private final transient CampaignService campaigns;
    private final boolean keeper;
    private final Grid<QueuedLine> grid = new Grid<>();

    StatementQueueView(StatementImportService imports, CampaignService campaigns, AuthenticationContext authentication) {
        this.imports = imports;
        this.campaigns = campaigns;
        this.keeper = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.ACCOUNTANT);
        setId("statement-queue-view");
        addClassName("list-view");

        grid.setId("statement-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> Formats.date(this, line.bookedOn())).setHeader(getTranslation("statements.grid.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.amount().format(getLocale())).setHeader(getTranslation("statements.grid.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueuedLine::note).setHeader(getTranslation("statements.grid.note")).setFlexGrow(3);
        grid.addColumn(line -> line.counterpartyName() == null ? Formats.NOTHING : line.counterpartyName())
                .setHeader(getTranslation("statements.column.sender")).setFlexGrow(2);
        grid.addColumn(line -> MatchReasons.text(this, getLocale(), line.reasonKey(), line.reasonArguments()))
                .setHeader(getTranslation("statements.column.reason")).setFlexGrow(2);
        grid.addComponentColumn(this::match).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("statements.queue.empty"));

        StatementImportService service = imports;
        List<String> headers = List.of(getTranslation("statements.grid.date"), getTranslation("statements.grid.amount"),
                getTranslation("statements.grid.note"), getTranslation("statements.column.sender"),
                getTranslation("statements.csv.account"), getTranslation("statements.csv.bank-reference"));
        Anchor csv = new Anchor((DownloadHandler) event -> {
            byte[] content = service.queueAsCsv(headers);
            event.setFileName("dong-cho-ghep.csv");
            event.setContentType("text/csv");
            event.setContentLength(content.length);
            event.getOutputStream().write(content);
        }, getTranslation("statements.queue.download"));
        csv.setId("statement-queue-csv");
        add(new ViewHeader(getTranslation("statements.queue.title"), csv), grid);
        refresh();
    }

    private Component match(QueuedLine line) {
        if (!keeper) {
            return new Span();
        }
        Button match = new Button(getTranslation("statements.action.match"), click -> {
            List<CampaignSummary> campaignList = campaigns.list(CampaignFilter.ALL);
            new QueueMatchDialog(line, imports, campaignList, this::refresh).open();
        });
        match.setId("statement-queue-match-" + line.id());
        match.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return match;
    }

    private void refresh() {
        grid.setItems(query -> imports.queue(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, imports.queued()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statements.queue.title");
    }
}
