package org.chungtay.communications;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chungtay.ledger.DisbursementAwaitingApproval;
import org.chungtay.ledger.DisbursementsNavigation;
import org.chungtay.people.StaffAddressee;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the fund managers of a disbursement's unit that it waits for their approval (DD025), each in their
 * language; when the unit has no fund manager, those of the nearest unit above that has some. Once per
 * disbursement and person (the dedup key names both), however often the event comes.
 */
@Component
class DisbursementApprovalNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Outbox outbox;
    private final StaffUserService staff;
    private final String approvalsUrl;

    DisbursementApprovalNotices(Outbox outbox, StaffUserService staff,
            @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.outbox = outbox;
        this.staff = staff;
        this.approvalsUrl = publicBaseUrl.replaceAll("/+$", "") + "/" + DisbursementsNavigation.APPROVALS;
    }

    @ApplicationModuleListener
    void on(DisbursementAwaitingApproval waiting) {
        SystemActor.run(() -> {
            for (StaffAddressee manager : staff.nearestAddressees(waiting.fundUnitPath(), Set.of(Role.FUND_MANAGER))) {
                Locale language = Languages.of(manager.language());
                boolean vietnamese = "vi".equals(language.getLanguage());
                String item = (vietnamese ? waiting.descriptionVi() : waiting.descriptionEn()) + " ("
                        + Money.vnd(waiting.amount()).format(language) + ")";
                outbox.enqueue(new OutgoingEmail(MessageKind.STAFF_APPROVAL_WAITING, manager.email(), language, Map.of(
                        "staffName", manager.fullName(),
                        "item", item,
                        "submittedBy", waiting.requestedBy(),
                        "waitingSince", TIME.format(waiting.requestedAt().atZone(VietnamTime.ZONE)),
                        "reviewUrl", approvalsUrl),
                        "disbursement-waiting:" + waiting.disbursementId() + ":staff:" + manager.id(),
                        waiting.fundUnitId()));
            }
        });
    }
}
