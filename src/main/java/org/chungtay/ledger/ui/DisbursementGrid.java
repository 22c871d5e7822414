package org.chungtay.ledger.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.ledger.DisbursementDocumentFile;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementStatus;
import org.chungtay.ledger.DisbursementSummary;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ReasonDialog;

/**
 * The grid of disbursements both staff views show, paged in the database, and the dialog of one: its facts, its
 * documents to download, and for a fund manager who may decide, approve and reject.
 */
final class DisbursementGrid extends Grid<DisbursementSummary> {

    private final transient DisbursementService disbursements;
    private final DisbursementStatus status;

    DisbursementGrid(DisbursementService disbursements, DisbursementStatus status, String id) {
        this.disbursements = disbursements;
        this.status = status;
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(d -> Formats.date(this, d.paidOn())).setHeader(getTranslation("ledger.column.paid-on"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> d.amount().format(getLocale())).setHeader(getTranslation("ledger.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> getTranslation(d.purpose().labelKey())).setHeader(getTranslation("ledger.column.purpose"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> d.description(getLocale())).setHeader(getTranslation("ledger.column.description"))
                .setFlexGrow(3);
        addColumn(DisbursementSummary::fundUnitName).setHeader(getTranslation("ledger.column.unit")).setFlexGrow(1);
        addColumn(d -> getTranslation(d.status().labelKey())).setHeader(getTranslation("ledger.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(DisbursementSummary::requestedBy).setHeader(getTranslation("ledger.column.requested-by"))
                .setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("ledger.list.empty"));
        addItemClickListener(click -> open(click.getItem()));
        refresh();
    }

    void refresh() {
        setItems(query -> disbursements.list(status, query.getOffset(), query.getLimit()).stream(),
                query -> (int) disbursements.count(status));
    }

    void open(DisbursementSummary disbursement) {
        Dialog dialog = new Dialog();
        dialog.setId("disbursement-details-dialog");
        dialog.setHeaderTitle(disbursement.description(getLocale()));
        DescriptionList facts = new DescriptionList();
        fact(facts, "ledger.column.amount", disbursement.amount().format(getLocale()), "disbursement-fact-amount");
        fact(facts, "ledger.column.purpose", getTranslation(disbursement.purpose().labelKey()), null);
        fact(facts, "ledger.column.pool", getTranslation(disbursement.poolKind().labelKey()), null);
        fact(facts, "ledger.column.paid-on", Formats.date(this, disbursement.paidOn()), null);
        fact(facts, "ledger.column.status", getTranslation(disbursement.status().labelKey()),
                "disbursement-fact-status");
        fact(facts, "ledger.column.allocated", disbursement.allocated().format(getLocale()), null);
        fact(facts, "ledger.column.requested-by", disbursement.requestedBy() + ", "
                + Formats.dateTime(this, disbursement.requestedAt()), null);
        if (disbursement.decidedBy() != null) {
            fact(facts, "ledger.column.decided-by", disbursement.decidedBy() + ", "
                    + Formats.dateTime(this, disbursement.decidedAt())
                    + (disbursement.decisionNote() == null ? "" : " — " + disbursement.decisionNote()), null);
        }
        dialog.add(facts);
        List<DisbursementDocumentFile> documents = disbursements.documents(disbursement.id());
        FlexLayout links = new FlexLayout();
        links.addClassName("disbursement-document-links");
        for (DisbursementDocumentFile document : documents) {
            Anchor link = new Anchor(download(document.id()), document.fileName());
            link.setId("disbursement-document-" + document.id());
            links.add(link);
        }
        if (documents.isEmpty()) {
            links.add(new Span(getTranslation("ledger.documents.none")));
        }
        dialog.add(new Div(new Span(getTranslation("ledger.field.documents") + ": "), links));
        if (disbursements.mayDecide(disbursement)) {
            Button approve = new Button(getTranslation("ledger.action.approve"), click -> Notices.attempt(() -> {
                disbursements.approve(disbursement.id());
                Notices.success("ledger.approved");
                dialog.close();
                refresh();
            }));
            approve.setId("disbursement-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("ledger.action.reject"), click -> new ReasonDialog(
                    "disbursement-reject", getTranslation("ledger.action.reject"), null,
                    getTranslation("ledger.field.reason"), getTranslation("ledger.action.reject"),
                    DisbursementService.REASON_LIMIT, reason -> {
                        disbursements.reject(disbursement.id(), reason);
                        Notices.success("ledger.rejected");
                        dialog.close();
                        refresh();
                    }).open());
            reject.setId("disbursement-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(reject, approve);
        }
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.setId("disbursement-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private DownloadHandler download(long documentId) {
        return event -> {
            DisbursementDocumentFile file = disbursements.document(documentId);
            event.setContentType(file.contentType());
            event.setContentLength(file.bytes().length);
            event.setFileName(file.fileName());
            event.getOutputStream().write(file.bytes());
        };
    }

    private void fact(DescriptionList facts, String labelKey, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    static Component badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }
}
