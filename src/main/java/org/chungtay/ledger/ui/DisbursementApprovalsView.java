package org.chungtay.ledger.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementStatus;
import org.chungtay.ledger.DisbursementsNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The disbursements of the caller's subtree that wait for approval, oldest request last: a fund manager (or
 * administrator) opens one, reads its documents, and approves or rejects it with a reason, unless they asked for
 * it themselves.
 */
@Route(DisbursementsNavigation.APPROVALS)
@Menu(order = 28, title = "ledger.menu.approvals", icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class DisbursementApprovalsView extends Main implements HasDynamicTitle {

    DisbursementApprovalsView(DisbursementService disbursements) {
        setId("disbursement-approvals-view");
        addClassName("list-view");
        add(new ViewHeader(getTranslation("ledger.approvals.title")),
                new Paragraph(getTranslation("ledger.approvals.help")),
                new DisbursementGrid(disbursements, DisbursementStatus.AWAITING_APPROVAL, "disbursement-approvals-grid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.approvals.title");
    }
}
