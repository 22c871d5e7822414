package org.chungtay.setup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.Handover;
import org.chungtay.projects.MilestoneDraft;
import org.chungtay.projects.MilestoneStatus;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectFilter;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.UpdateDraft;
import org.chungtay.projects.UpdateVisibility;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
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
 * Demo projects of zero-setup mode, all raised for by the campaign that collects now: a school toilet block
 * still raising money (with a public update with photos and one for its donors only), a playground under way
 * with a late milestone, and a kindergarten classroom completed and handed over. The photos are drawn here
 * (coloured shapes, no people), so that the demo carries no picture of a child.
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoProjects implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectService projects;
    private final CampaignService campaigns;
    private final FundUnitService fundUnits;

    DemoProjects(ProjectService projects, CampaignService campaigns, FundUnitService fundUnits) {
        this.projects = projects;
        this.campaigns = campaigns;
        this.fundUnits = fundUnits;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (SystemActor.call(() -> projects.count(ProjectFilter.ALL)) > 0) {
            return;
        }
        List<PublicCampaign> collecting = campaigns.activeCampaigns();
        if (collecting.isEmpty()) {
            return;
        }
        long campaignId = collecting.getFirst().id();
        SystemActor.run(() -> create(campaignId));
        LOG.info("Zero-setup mode: demo projects created for campaign {}", collecting.getFirst().slug());
    }

    private void create(long campaignId) {
        Map<String, FundUnitRef> units = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::name, Function.identity(), (a, b) -> a));
        LocalDate today = VietnamTime.today();

        ProjectDetails toilets = projects.create(new ProjectDraft(Programme.DISADVANTAGED_COMMUNES,
                units.get("Huyện Ea Súp").id(), "nha-ve-sinh-truong-tieu-hoc-ea-sup",
                "Nhà vệ sinh Trường Tiểu học Ea Súp", "Toilet block for Ea Súp Primary School",
                "Xây mới khu nhà vệ sinh 8 buồng có nước sạch cho 420 học sinh của trường, thay cho khu cũ đã xuống cấp.",
                "A new eight-cubicle toilet block with clean water for the school's 420 pupils, replacing the old one.",
                List.of(new BudgetLineDraft(null, "Xây dựng nhà vệ sinh", "Building the toilet block", Money.vnd(180_000_000)),
                        new BudgetLineDraft(null, "Bể nước và đường ống", "Water tank and pipes", Money.vnd(45_000_000))),
                List.of(new MilestoneDraft("Khởi công", "Ground-breaking", today.plusMonths(1), MilestoneStatus.PLANNED, null),
                        new MilestoneDraft("Bàn giao", "Handover", today.plusMonths(4), MilestoneStatus.PLANNED, null))));
        projects.startFundraising(toilets.id());
        projects.linkCampaign(toilets.id(), campaignId);
        projects.postUpdate(toilets.id(), new UpdateDraft(
                "Đoàn công tác của Quỹ đã khảo sát khu vệ sinh cũ cùng Ban giám hiệu nhà trường và chốt phương án xây mới.",
                "The fund's team surveyed the old toilets with the school's board and agreed on the new building.",
                UpdateVisibility.PUBLIC), List.of(photo(new Color(0x0E7490), 0), photo(new Color(0xC2410C), 1)));
        projects.postUpdate(toilets.id(), new UpdateDraft(
                "Gửi các nhà tài trợ: bản vẽ thiết kế đã được Phòng Giáo dục huyện duyệt.",
                "To our donors: the district's education office approved the design drawings.",
                UpdateVisibility.DONORS), List.of(photo(new Color(0x4D7C0F), 2)));

        ProjectDetails playground = projects.create(new ProjectDraft(Programme.CHILD_FRIENDLY_COMMUNES,
                units.get("Phường Tân Lợi").id(), "san-choi-an-toan-phuong-tan-loi",
                "Sân chơi an toàn cho trẻ em phường Tân Lợi", "A safe playground for the children of Tân Lợi ward",
                "Cải tạo khu đất trống cạnh nhà văn hóa thành sân chơi có mái che, nền cao su và thiết bị vận động.",
                "Turning the empty plot next to the community house into a covered playground with rubber flooring.",
                List.of(new BudgetLineDraft(null, "Thiết bị vui chơi", "Play equipment", Money.vnd(95_000_000)),
                        new BudgetLineDraft(null, "Nền cao su và mái che", "Rubber flooring and roof", Money.vnd(60_000_000))),
                List.of(new MilestoneDraft("San lấp mặt bằng", "Levelling the ground", today.minusDays(40),
                                MilestoneStatus.DONE, today.minusDays(42)),
                        new MilestoneDraft("Lắp đặt thiết bị", "Installing the equipment", today.minusDays(5),
                                MilestoneStatus.IN_PROGRESS, null),
                        new MilestoneDraft("Bàn giao cho phường", "Handover to the ward", today.plusDays(30),
                                MilestoneStatus.PLANNED, null))));
        projects.startFundraising(playground.id());
        projects.linkCampaign(playground.id(), campaignId);
        projects.markFunded(playground.id());
        projects.startWork(playground.id());
        projects.postUpdate(playground.id(), new UpdateDraft("Mặt bằng đã san lấp xong, đang lắp đặt thiết bị.",
                "The ground is levelled; the equipment is being installed.", UpdateVisibility.PUBLIC),
                List.of(photo(new Color(0xA16207), 3)));

        ProjectDetails classroom = projects.create(new ProjectDraft(Programme.EARLY_CHILDHOOD_CARE,
                units.get("Huyện Krông Bông").id(), "phong-hoc-mam-non-krong-bong",
                "Phòng học mầm non điểm buôn Ko Tam", "A kindergarten classroom at the Ko Tam village site",
                "Một phòng học mầm non kiên cố cho 30 cháu, kèm bàn ghế và đồ chơi.",
                "A solid kindergarten classroom for 30 children, with furniture and toys.",
                List.of(new BudgetLineDraft(null, "Xây phòng học", "Building the classroom", Money.vnd(240_000_000)),
                        new BudgetLineDraft(null, "Bàn ghế và đồ chơi", "Furniture and toys", Money.vnd(35_000_000))),
                List.of(new MilestoneDraft("Hoàn thành phần thô", "Structure finished", today.minusMonths(3),
                                MilestoneStatus.DONE, today.minusMonths(3)),
                        new MilestoneDraft("Bàn giao", "Handover", today.minusDays(20), MilestoneStatus.DONE,
                                today.minusDays(21)))));
        projects.startFundraising(classroom.id());
        projects.linkCampaign(classroom.id(), campaignId);
        projects.markFunded(classroom.id());
        projects.startWork(classroom.id());
        projects.recordHandover(classroom.id(), new Handover(today.minusDays(21), "Trường Mẫu giáo Hoa Pơ Lang",
                "Phòng học đã được nghiệm thu và đưa vào sử dụng."), "bien-ban-ban-giao.png", photo(new Color(0x57534E), 4));
        projects.complete(classroom.id());
    }

    /** A small picture of coloured shapes, different for each number, standing for a site photo. */
    private static byte[] photo(Color colour, int n) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xF5F5F4));
        graphics.fillRect(0, 0, 480, 320);
        graphics.setColor(colour);
        graphics.fillRect(60 + 20 * n, 120, 360 - 40 * n, 160);
        graphics.fillPolygon(new int[] {40 + 20 * n, 240, 440 - 20 * n}, new int[] {120, 40, 120}, 3);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
