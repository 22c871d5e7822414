package org.chungtay.setup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.imageio.ImageIO;

import org.chungtay.children.CircumstanceCategory;
import org.chungtay.children.ChildEntry;
import org.chungtay.children.ChildService;
import org.chungtay.children.ConsentParty;
import org.chungtay.children.DeliveryEntry;
import org.chungtay.children.DeliveryMethod;
import org.chungtay.children.Gender;
import org.chungtay.children.Sharing;
import org.chungtay.children.SponsoredMonth;
import org.chungtay.children.SponsorshipService;
import org.chungtay.children.SponsorshipTerms;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.PledgeFilter;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSummary;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.ScannedDocument;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo children of zero-setup mode, in Phường Tân Lợi (the demo caseworker's ward): three children with their
 * guardians' consents (and their own from seven), one of them matched to the demo sponsorship pledge since three
 * months ago, with the first month's delivery recorded with a receipt and the next month late. The names are made
 * up. Created once, after the demo pledges.
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoChildren implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoChildren.class);
    private static final String COMMUNE = "Phường Tân Lợi";

    private final ChildService children;
    private final SponsorshipService sponsorships;
    private final PledgeService pledges;
    private final TransactionTemplate transactions;

    DemoChildren(ChildService children, SponsorshipService sponsorships, PledgeService pledges,
            TransactionTemplate transactions) {
        this.children = children;
        this.sponsorships = sponsorships;
        this.pledges = pledges;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (children.count("") > 0) {
                return;
            }
            FundUnitRef commune = children.communes().stream().filter(unit -> unit.name().equals(COMMUNE)).findFirst()
                    .orElse(null);
            PledgeSummary pledge = pledges.list(new PledgeFilter(null, null, PledgeKind.DIRECT_SPONSORSHIP, null), 0, 10)
                    .stream().filter(summary -> summary.status().counts()).findFirst().orElse(null);
            if (commune == null) {
                return;
            }
            transactions.executeWithoutResult(status -> create(commune, pledge));
            LOG.info("Zero-setup mode: demo children created");
        });
    }

    private void create(FundUnitRef commune, PledgeSummary pledge) {
        LocalDate today = VietnamTime.today();
        var hang = children.register(new ChildEntry("Y Thị Hằng Niê", "Hằng", today.minusYears(10).minusMonths(4),
                Gender.FEMALE, commune.id(), CircumstanceCategory.ORPHANED, "H’Linh Niê", "Bà ngoại",
                PhoneNumber.parse("0912 345 101"), "Sống với bà ngoại từ năm 2022."));
        var khang = children.register(new ChildEntry("Nguyễn Minh Khang", "Khang", today.minusYears(5).minusMonths(2),
                Gender.MALE, commune.id(), CircumstanceCategory.DISABLED, "Nguyễn Thị Lụa", "Mẹ",
                PhoneNumber.parse("0912 345 102"), "Cần xe lăn mới."));
        var tuan = children.register(new ChildEntry("Hoàng Anh Tuấn", "Tuấn", today.minusYears(13),
                Gender.MALE, commune.id(), CircumstanceCategory.SERIOUSLY_ILL_POOR_HOUSEHOLD, "Hoàng Văn Sáu", "Bố",
                null, null));
        LocalDate consented = today.minusMonths(4);
        children.recordConsent(hang.id(), ConsentParty.GUARDIAN, consented, new Sharing(true, true, true));
        children.recordConsent(hang.id(), ConsentParty.CHILD, consented, new Sharing(true, false, true));
        children.recordConsent(khang.id(), ConsentParty.GUARDIAN, consented, new Sharing(false, true, true));
        children.recordConsent(tuan.id(), ConsentParty.GUARDIAN, consented, new Sharing(false, false, true));
        children.addNote(hang.id(), today.minusMonths(1), "Em được nhận giấy khen học sinh tiên tiến học kỳ I.", true,
                null);
        children.addNote(hang.id(), today.minusMonths(1), "Bà ngoại đau khớp, cần thăm lại sau một tháng.", false,
                null);
        if (pledge == null) {
            return;
        }
        YearMonth start = YearMonth.from(today).minusMonths(3);
        var sponsorship = sponsorships.match(pledge.id(), hang.id(), new SponsorshipTerms(null, start,
                start.plusMonths(11)));
        SponsoredMonth first = sponsorships.months(sponsorship.id()).getFirst();
        sponsorships.recordDelivery(first.id(), new DeliveryEntry(start.plusMonths(1).atDay(5), Money.vnd(500_000),
                DeliveryMethod.CASH, ScannedDocument.of("bien-nhan-" + start + ".png", receipt())));
    }

    /** A blank sheet standing in for the scan of a signed receipt. */
    private static byte[] receipt() {
        BufferedImage sheet = new BufferedImage(420, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 420, 300);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawRect(20, 20, 380, 260);
        graphics.drawLine(260, 240, 380, 220);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(sheet, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
