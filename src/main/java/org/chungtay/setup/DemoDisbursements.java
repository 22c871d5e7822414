package org.chungtay.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.Pool;
import org.chungtay.ledger.Purpose;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo money out (DD025): one more undesignated gift to the collecting campaign, disbursements from the
 * province's general fund paid at once (school things, Mid-Autumn gifts, the first play equipment of the demo
 * playground project, a demo child's glasses), so the demo donors' gifts show where they went, and one above the
 * approval threshold that waits for the demo fund manager ("manager") to approve it. Made once, when the demo
 * has no disbursement yet, after the ledger has booked the demo payments (its listeners run after their commit).
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoDisbursements implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDisbursements.class);
    private static final long WAIT_MILLIS = 30_000;

    private final DisbursementService disbursements;
    private final PaymentService payments;
    private final CampaignService campaigns;

    DemoDisbursements(DisbursementService disbursements, PaymentService payments, CampaignService campaigns) {
        this.disbursements = disbursements;
        this.payments = payments;
        this.campaigns = campaigns;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (SystemActor.call(() -> disbursements.count(null)) > 0) {
            return;
        }
        List<PublicCampaign> collecting = campaigns.activeCampaigns();
        if (collecting.isEmpty()) {
            return;
        }
        long campaignId = campaigns.findPledgeTarget(collecting.getFirst().slug()).orElseThrow().campaignId();
        var today = VietnamTime.today();
        SystemActor.run(() -> payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(25_000_000), today, null,
                campaignId, null, null, null, "Hội Doanh nhân trẻ ủng hộ tại lễ phát động", null)));
        Optional<Pool> general = Optional.empty();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            general = SystemActor.call(() -> disbursements.pools(Purpose.GENERAL, null)).stream()
                    .filter(pool -> pool.kind() == Pool.Kind.GENERAL && pool.available().amount() >= 30_500_000)
                    .findFirst();
            if (general.isPresent()) {
                break;
            }
            Thread.sleep(500);
        }
        if (general.isEmpty()) {
            LOG.info("Zero-setup mode: the demo gifts are not booked yet; no demo disbursements");
            return;
        }
        long pool = general.get().id();
        SystemActor.run(() -> {
            disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool, Money.vnd(6_000_000),
                    today, "Sách vở và đồ dùng học tập cho 40 học sinh xã Ea Tu", List.of()));
            disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool, Money.vnd(2_500_000),
                    today, "Quà Trung thu cho trẻ em phường Tân Lợi", List.of()));
            disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool, Money.vnd(22_000_000),
                    today, "Sửa chữa nhà văn hoá thiếu nhi phường Tân Lợi", List.of()));
            payTarget(Purpose.PROJECT, "Sân chơi", pool, 8_000_000, today, "Đợt 1: cầu trượt và xích đu");
            payTarget(Purpose.SUPPORT_CASE, "", pool, 3_000_000, today, "Khám và cấp kính mắt");
        });
        LOG.info("Zero-setup mode: demo disbursements created (one waits for the manager's approval)");
    }

    /**
     * Pays the first target of this purpose that the text finds (a demo project's budget line, a demo child's
     * support case) from the general pool, if the demo has such a target and the pool still has the money.
     */
    private void payTarget(Purpose purpose, String text, long pool, long amount, LocalDate paidOn,
            String description) {
        disbursements.targets(purpose, text, 1).stream().findFirst()
                .filter(target -> disbursements.pools(purpose, target.id()).stream()
                        .anyMatch(p -> p.id() == pool && p.available().amount() >= amount))
                .ifPresent(target -> disbursements.request(new DisbursementEntry(purpose, target.id(), pool,
                        Money.vnd(amount), paidOn, description, List.of())));
    }
}
