package org.chungtay.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.Handover;
import org.chungtay.projects.MilestoneDraft;
import org.chungtay.projects.MilestoneStatus;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectUpdate;
import org.chungtay.projects.UpdateDraft;
import org.chungtay.projects.UpdateVisibility;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The projects' public pages over HTTP, as a visitor's phone sees them. */
class PublicProjectPagesIT extends IntegrationTest {

    private static final Pattern PHOTO = Pattern.compile("src=\"/project-photos/([A-Za-z0-9_-]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ProjectService projects;

    @LocalServerPort
    int port;

    @Test
    void aFundraisingProjectsPageShowsItsBudgetFiguresMilestonesAndPublicUpdatesButNeverTheDonorsOnlyOnes()
            throws Exception {
        FundUnitRef unit = newUnit("Huyện Ea Súp");
        LocalDate today = CampaignCalendar.today();
        ProjectDetails project = SystemActor.call(() -> {
            ProjectDetails created = projects.create(new ProjectDraft(Programme.DISADVANTAGED_COMMUNES, unit.id(), null,
                    "Nhà vệ sinh Trường Ea Súp " + suffix(), "Toilet block for Ea Súp School",
                    "Khu vệ sinh mới cho 420 học sinh.", "A new toilet block for 420 pupils.",
                    List.of(new BudgetLineDraft(null, "Xây dựng", "Building", Money.vnd(180_000_000)),
                            new BudgetLineDraft(null, "Bể nước", "Water tank", Money.vnd(45_000_000))),
                    List.of(new MilestoneDraft("Khởi công", "Ground-breaking", today.minusDays(3),
                            MilestoneStatus.PLANNED, null))));
            projects.startFundraising(created.id());
            projects.postUpdate(created.id(), new UpdateDraft("Đã khảo sát hiện trạng.", "We surveyed the site.",
                    UpdateVisibility.PUBLIC), List.of(png(Color.BLUE), png(Color.ORANGE)));
            return projects.postUpdate(created.id(), new UpdateDraft("Bản vẽ đã được duyệt, riêng nhà tài trợ.", null,
                    UpdateVisibility.DONORS), List.of(png(Color.GREEN)));
        });

        HttpResponse<String> page = get("projects/" + project.slug());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("<html lang=\"vi\">", project.titleVi(), "Huyện Ea Súp",
                "Trẻ em xã đặc biệt khó khăn", "Xây dựng", "180.000.000 ₫", "225.000.000 ₫", "Mục tiêu 225.000.000 ₫",
                "Đã nhận 0 ₫ (0%)", "Đã chi 0 ₫", "aria-valuemax=\"225000000\"", "Khởi công", "Chậm tiến độ",
                "Đã khảo sát hiện trạng.", "Đang gây quỹ");
        assertThat(page.body()).doesNotContain("riêng nhà tài trợ", "vaadin");

        List<String> shown = tokens(page.body());
        assertThat(shown).hasSize(2).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
        HttpResponse<byte[]> photo = http.send(request("project-photos/" + shown.getFirst()).build(),
                BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");

        String donorsOnly = project.updates().stream().filter(u -> u.visibility() == UpdateVisibility.DONORS)
                .map(ProjectUpdate::photoTokens).findFirst().orElseThrow().getFirst();
        assertThat(statusOf("project-photos/" + donorsOnly)).as("a donors-only photo is not public").isEqualTo(404);
        assertThat(statusOf("project-photos/1")).as("no photo by a counted id").isEqualTo(404);
        assertThat(statusOf("project-photos/" + "A".repeat(43))).isEqualTo(404);
    }

    @Test
    void aProposedProjectIsNotPublicAndTheListShowsOnlyProjectsFromFundraisingOnInEitherLanguage() throws Exception {
        FundUnitRef unit = newUnit("Huyện Lắk");
        ProjectDetails proposed = SystemActor.call(() -> projects.create(draft(unit, "Bếp ăn bán trú Lắk")));
        ProjectDetails open = SystemActor.call(() -> {
            ProjectDetails created = projects.create(draft(unit, "Thư viện xanh Lắk"));
            return projects.startFundraising(created.id());
        });

        assertThat(statusOf("projects/" + proposed.slug())).isEqualTo(404);
        HttpResponse<String> list = get("projects");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/projects/" + open.slug() + "\"", open.titleVi())
                .doesNotContain(proposed.titleVi());

        HttpResponse<String> english = get("projects/" + open.slug() + "?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">", open.titleEn(), "Target 100,000,000 VND", "Fundraising");
        assertThat(english.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).contains("lang=en"));
    }

    @Test
    void anActiveCampaignsPageListsTheProjectsItFundsAndACompletedProjectShowsItsHandover() throws Exception {
        FundUnitRef unit = newUnit("Huyện Krông Bông");
        CampaignDetails campaign = activeCampaign(unit);
        CampaignDetails withoutProjects = activeCampaign(unit);
        LocalDate today = CampaignCalendar.today();
        ProjectDetails classroom = SystemActor.call(() -> {
            ProjectDetails created = projects.create(draft(unit, "Phòng học mầm non Ko Tam"));
            projects.startFundraising(created.id());
            projects.linkCampaign(created.id(), campaign.id());
            projects.markFunded(created.id());
            projects.startWork(created.id());
            projects.recordHandover(created.id(), new Handover(today, "Trường Mẫu giáo Hoa Pơ Lang", null),
                    "bien-ban.png", png(Color.GRAY));
            return projects.complete(created.id());
        });

        HttpResponse<String> page = get("campaigns/" + campaign.slug());
        assertThat(page.body()).contains("id=\"public-campaign-projects\"", "Dự án chiến dịch này gây quỹ",
                "href=\"/projects/" + classroom.slug() + "\"", classroom.titleVi(), "Mục tiêu 100.000.000 ₫");
        assertThat(get("campaigns/" + withoutProjects.slug()).body()).doesNotContain("public-campaign-projects");

        assertThat(get("projects/" + classroom.slug()).body()).contains("Đã hoàn thành", "Bàn giao",
                "Đã bàn giao ngày", "Trường Mẫu giáo Hoa Pơ Lang");
    }

    private static ProjectDraft draft(FundUnitRef unit, String title) {
        return new ProjectDraft(Programme.EARLY_CHILDHOOD_CARE, unit.id(), null, title + " " + suffix(),
                "English " + suffix(), "Mô tả", null,
                List.of(new BudgetLineDraft(null, "Xây dựng", "Building", Money.vnd(100_000_000))), List.of());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<String> tokens(String html) {
        Matcher matcher = PHOTO.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), BodyHandlers.ofString());
    }

    private int statusOf(String path) throws Exception {
        return http.send(request(path).build(), BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
    }
}
