package org.chungtay.setup;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.donors.Sector;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeFilter;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Programme;
import org.chungtay.pledges.SubmittedPledge;
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
 * Demo pledges of zero-setup mode: three of the demo businesses pledge to a campaign that collects
 * now, through the same online path as visitors, and staff have confirmed two, so that the public
 * thermometer, the honour roll and the staff pipeline have something to show. The accountant has
 * recorded money for them: the sponsorship paid in full by transfer, the bank's first quarterly
 * instalment, and a cash gift without a pledge from the launch ceremony's donation box.
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoPledges implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPledges.class);
    private static final String DEMO_ADDRESS = "demo-data";

    private final PledgeService pledges;
    private final CampaignService campaigns;
    private final PaymentService payments;

    DemoPledges(PledgeService pledges, CampaignService campaigns, PaymentService payments) {
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.payments = payments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (SystemActor.call(() -> pledges.count(PledgeFilter.ALL)) > 0) {
            return;
        }
        List<PublicCampaign> collecting = campaigns.activeCampaigns();
        if (collecting.isEmpty()) {
            return;
        }
        String slug = collecting.getFirst().slug();
        var today = VietnamTime.today();
        String sponsorship = submit(slug, new PledgeSubmission(key(), "", Commitment.sponsorship(5, 12, Money.vnd(500_000),
                Programme.DISADVANTAGED_COMMUNES, null), InstalmentPlan.oneOff(today), true, Sector.ENTERPRISE,
                "Công ty TNHH Cà phê Hạt Ngọc Ban Mê", "6009991003", "Phạm Thị Thu Hà",
                DemoData.DEMO_DONOR_EMAIL, "0912 345 001", null, Locale.of("vi"), true, false, true), true);
        String bank = submit(slug, new PledgeSubmission(key(), "", Commitment.donation(Money.vnd(50_000_000), null),
                new InstalmentPlan(InstalmentFrequency.QUARTERLY, today, 4), true, Sector.BANK_FINANCE,
                "Ngân hàng TMCP Cao Nguyên Thịnh Vượng – Chi nhánh Đắk Lắk", "6009991028-001", "Trịnh Ngọc Ánh",
                "anh.trinh@caonguyen.example", null, null, Locale.of("vi"), false, false, true), true);
        submit(slug, new PledgeSubmission(key(), "", Commitment.inKind("300 áo ấm và 300 đôi giày cho học sinh",
                Money.vnd(45_000_000)), InstalmentPlan.oneOff(today.plusDays(14)), true, Sector.ENTERPRISE,
                "Công ty Cổ phần Nông sản Xanh Krông Pắc", "6009991010", "Võ Thị Hạnh", "hanh.vo@nongsanxanh.example",
                null, null, Locale.of("vi"), false, false, false), false);
        long campaignId = campaigns.findPledgeTarget(slug).orElseThrow().campaignId();
        SystemActor.run(() -> {
            payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(30_000_000), today, sponsorship,
                    null, null, null, "FT" + today.getYear() + "0601001", null, null));
            payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(12_500_000), today, bank,
                    null, null, null, "FT" + today.getYear() + "0601002", null, null));
            payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(3_650_000), today, null, campaignId, null,
                    null, null, "Hòm quyên góp tại lễ phát động", null));
        });
        LOG.info("Zero-setup mode: demo pledges created for campaign {}", slug);
    }

    /** Submits the pledge as a visitor would, confirms it as staff if asked, and returns its reference. */
    private String submit(String slug, PledgeSubmission submission, boolean confirmed) {
        SubmittedPledge submitted = pledges.submitOnline(slug, submission, DEMO_ADDRESS);
        if (confirmed) {
            SystemActor.run(() -> pledges.confirm(submitted.id()));
        }
        return SystemActor.call(() -> pledges.get(submitted.id()).pledge().reference());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
