package org.chungtay.communications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import org.chungtay.funds.FundUnitService;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff's notice of failing mail by email: once a day, when mail failed in the day before, to the root
 * unit's administrators and fund managers (who see the failing mail on their home and can send it again), each
 * in their language. Nothing failed, no notice; a second run the same day sends nothing twice (the dedup key
 * names the day and the person). The notice itself goes through the outbox: while the SMTP server is away it
 * waits with the rest, and it tells of addresses refused for good as soon as the server answers.
 */
@Component
class FailingMailNotices {

    private static final Logger LOG = LoggerFactory.getLogger(FailingMailNotices.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final OutboxStore store;
    private final Outbox outbox;
    private final FundUnitService fundUnits;
    private final StaffUserService staff;
    private final TransactionTemplate transactions;
    private final String deliveryLogUrl;

    FailingMailNotices(OutboxStore store, Outbox outbox, FundUnitService fundUnits, StaffUserService staff,
            TransactionTemplate transactions, @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.store = store;
        this.outbox = outbox;
        this.fundUnits = fundUnits;
        this.staff = staff;
        this.transactions = transactions;
        this.deliveryLogUrl = publicBaseUrl.replaceAll("/+$", "") + "/" + CommunicationsNavigation.DELIVERY_LOG;
    }

    /**
     * Queues the notice of the day (in Vietnam) if mail failed in the 24 hours before now, as the system.
     *
     * @return how many notices were handed to the outbox
     */
    int send(LocalDate day) {
        int handed = SystemActor.call(() -> transactions.execute(status -> store.failedSince(
                Instant.now().minus(Duration.ofDays(1))).map(news -> notify(day, news)).orElse(0)));
        LOG.info("Failing mail notice of {}: {} handed to the outbox", day, handed);
        return handed;
    }

    private int notify(LocalDate day, OutboxStore.FailingNews news) {
        var root = fundUnits.findRoot().orElseThrow();
        var keepers = staff.addressees(root.id(), Set.of(Role.ADMIN, Role.FUND_MANAGER));
        for (var keeper : keepers) {
            outbox.enqueue(new OutgoingEmail(MessageKind.STAFF_MAIL_FAILING, keeper.email(),
                    Languages.of(keeper.language()), Map.of(
                            "staffName", keeper.fullName(),
                            "failedCount", Long.toString(news.failed()),
                            "since", TIME.format(news.firstAt().atZone(VietnamTime.ZONE)),
                            "lastError", news.lastError() == null ? "" : news.lastError(),
                            "deliveryLogUrl", deliveryLogUrl),
                    "mail-failing:" + day + ":staff:" + keeper.id()));
        }
        return keepers.size();
    }
}
