package org.chungtay.ledger.ui;

import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementStatus;
import org.chungtay.ledger.DisbursementSummary;
import org.chungtay.ledger.DisbursementsNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.UploadTexts;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Money paid out by the units of the caller's subtree, newest first, paged in the database. Accountants (and
 * administrators) make a disbursement here; fund managers read, and decide on the ones waiting from the dialog
 * or from the approval queue.
 */
@Route(DisbursementsNavigation.LIST)
@Menu(order = 27, title = "ledger.menu.disbursements", icon = "vaadin:money-withdraw")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.ACCOUNTANT})
class DisbursementListView extends Main implements HasDynamicTitle {

    private final transient DisbursementService disbursements;
    private final Select<DisbursementStatus> filter = new Select<>();
    private DisbursementGrid grid;

    DisbursementListView(DisbursementService disbursements, AuthenticationContext authentication) {
        this.disbursements = disbursements;
        setId("disbursement-list-view");
        addClassName("list-view");
        Button make = new Button(getTranslation("ledger.action.disburse"), VaadinIcon.PLUS.create(),
                click -> openForm());
        make.setId("disbursement-new");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.ACCOUNTANT));
        filter.setId("disbursement-filter");
        filter.setLabel(getTranslation("ledger.column.status"));
        filter.setItems(DisbursementStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("ledger.filter.all"));
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("ledger.filter.all") : getTranslation(s.labelKey()));
        filter.addValueChangeListener(change -> showGrid());
        add(new ViewHeader(getTranslation("ledger.list.title"), make), filter);
        showGrid();
    }

    private void showGrid() {
        if (grid != null) {
            remove(grid);
        }
        grid = new DisbursementGrid(disbursements, filter.getValue(), "disbursement-grid");
        add(grid);
    }

    private void openForm() {
        DisbursementForm form = new DisbursementForm(new DisbursementForm.Choices() {
            @Override
            public java.util.List<org.chungtay.ledger.DisbursementTarget> targets(org.chungtay.ledger.Purpose purpose) {
                return disbursements.targets(purpose, "", 200);
            }

            @Override
            public java.util.List<org.chungtay.ledger.Pool> pools(org.chungtay.ledger.Purpose purpose, Long targetId) {
                return disbursements.pools(purpose, targetId);
            }
        }, VietnamTime.today());
        ConcurrentLinkedQueue<ScannedDocument> received = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<UserFacingException> refused = new ConcurrentLinkedQueue<>();
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> {
            try {
                received.add(ScannedDocument.of(metadata.fileName(), bytes));
            } catch (UserFacingException problem) {
                refused.add(problem);
            }
        }) {
            @Override
            public long getFileSizeMax() {
                return ScannedDocument.MAX_PDF_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("disbursement-upload");
        upload.setMaxFiles(DisbursementEntry.DOCUMENTS_LIMIT);
        upload.setMaxFileSize(ScannedDocument.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png",
                ".jpg", ".jpeg", ".webp");
        upload.setI18n(UploadTexts.of(this, "ledger.upload.", "document.error.too-large",
                ScannedDocument.MAX_PDF_BYTES / (1024 * 1024)));
        // The handler receives the bytes outside the UI's lock; the form takes them in the UI thread.
        upload.addAllFinishedListener(done -> {
            for (ScannedDocument document = received.poll(); document != null; document = received.poll()) {
                try {
                    form.addDocument(document);
                } catch (UserFacingException tooMany) {
                    Notices.error(tooMany);
                }
            }
            for (UserFacingException problem = refused.poll(); problem != null; problem = refused.poll()) {
                Notices.error(problem);
            }
        });
        form.getContent().add(upload);
        FormDialog<DisbursementEntry> dialog = new FormDialog<>("disbursement", getTranslation("ledger.action.disburse"),
                form, submit -> {
                    var registration = form.addSaveListener(save -> submit.accept(save.entry()));
                    form.save();
                    registration.remove();
                }, form::showProblem, entry -> {
                    DisbursementSummary made = disbursements.request(entry);
                    Notices.success(made.status() == DisbursementStatus.PAID ? "ledger.paid" : "ledger.waiting");
                    grid.refresh();
                });
        dialog.setWidth("720px");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.list.title");
    }
}
