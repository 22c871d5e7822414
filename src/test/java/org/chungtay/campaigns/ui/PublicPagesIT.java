package org.chungtay.campaigns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plain public pages over HTTP, as a newspaper reader's browser, a proxy and a chat app's preview see them. */
class PublicPagesIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aFirstTimeVisitorGetsTheCampaignPageInVietnameseWithPreviewTagsAndNoCookie() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Cư M'gar"));

        HttpResponse<String> page = get("campaigns/" + campaign.slug(), null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
        assertThat(page.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(page.body()).contains("<html lang=\"vi\">", escaped(campaign.nameVi()),
                "Mục tiêu 1.000.000.000 ₫", "Đã nhận 0 ₫ (0%)", "Cam kết ủng hộ",
                "href=\"/campaigns/" + campaign.slug() + "/pledge\"", "aria-valuemax=\"1000000000\"",
                "id=\"public-days-left\" class=\"public-counter-value\">30<",
                "Bảng vàng chưa có tên nào", "id=\"public-staff-sign-in\"", "href=\"/campaigns/" + campaign.slug()
                        + "?lang=en\"",
                "<meta property=\"og:title\" content=\"" + escaped(campaign.nameVi()) + "\">",
                "<meta property=\"og:url\" content=\"http://localhost:8080/campaigns/" + campaign.slug() + "\">",
                "<meta property=\"og:description\" content=\"Mỗi đóng góp giúp trẻ em");
        assertThat(page.body()).doesNotContain("vaadin", "lumo");
    }

    @Test
    void aRepeatVisitorOrAProxyRevalidatesAndGetsNoBodyWhileNothingChanged() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Krông Búk"));
        HttpResponse<String> first = get("campaigns/" + campaign.slug(), null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-cache", "public"));
        assertThat(first.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Cookie"));

        HttpResponse<String> again = http.send(request("campaigns/" + campaign.slug())
                .header("If-None-Match", etag).build(), BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aPhoneSetToEnglishStillGetsVietnameseUntilTheSwitchChoosesEnglishAndACookieRemembersIt() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Buôn Đôn"));
        String path = "campaigns/" + campaign.slug();

        HttpResponse<String> phone = get(path, "en-GB,en;q=0.9,vi;q=0.5");
        assertThat(phone.body()).contains("<html lang=\"vi\">", escaped(campaign.nameVi()));

        HttpResponse<String> switched = get(path + "?lang=en", null);
        assertThat(switched.body()).contains("<html lang=\"en\">", escaped(campaign.nameEn()),
                "Goal 1,000,000,000 VND", "Make a pledge", "href=\"/" + path + "?lang=vi\"");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("chungtay-lang=en;").contains("HttpOnly", "Path=/");

        HttpResponse<String> remembered = http.send(request(path).header("Cookie", "chungtay-lang=en")
                .header("Accept-Language", "vi").build(), BodyHandlers.ofString());
        assertThat(remembered.body()).contains("<html lang=\"en\">", escaped(campaign.nameEn()));
    }

    @Test
    void aMistypedOrDraftCampaignAddressIsAFriendlyNotFoundPage() throws Exception {
        LocalDate today = CampaignCalendar.today();
        FundUnitRef unit = newUnit("Quỹ huyện Lắk");
        CampaignDetails draft = SystemActor.call(() -> campaigns.create(new CampaignDraft(CampaignKind.OTHER,
                unit.id(), unique("Bản nháp"), unique("Draft"), null, null, Money.vnd(5_000_000), today,
                today.plusDays(9), new ReceivingAccount("970436", "0123456789", "QUY"), null)));

        for (String slug : new String[] {"khong-co-chien-dich-nay", draft.slug()}) {
            HttpResponse<String> page = get("campaigns/" + slug, null);
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Không tìm thấy trang", "href=\"/campaigns\"",
                    "Xem các chiến dịch đang gây quỹ");
            assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void theFrontDoorShowsActiveCampaignsHowToGiveAndTheWayInForStaff() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea Súp"));

        HttpResponse<String> home = get("", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(home.body()).contains("Chung tay vì trẻ em Việt Nam", "Cách ủng hộ",
                "id=\"public-campaign-" + campaign.slug() + "\"", escaped(campaign.nameVi()),
                "href=\"/login\"", "Cán bộ đăng nhập");

        HttpResponse<String> list = get("campaigns?lang=en", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Campaigns of the Child Protection Fund",
                "href=\"/campaigns/" + campaign.slug() + "\"", escaped(campaign.nameEn()));
    }

    @Test
    void theStylesheetAndTheIconHaveAddressesByTheirContentAndAreKeptForAYear() throws Exception {
        HttpResponse<String> home = get("", null);
        Matcher stylesheet = Pattern.compile("href=\"(/app/public-[0-9a-f]{32}\\.css)\"").matcher(home.body());
        Matcher icon = Pattern.compile("href=\"(/app/favicon-[0-9a-f]{32}\\.svg)\"").matcher(home.body());
        assertThat(stylesheet.find()).as("a versioned stylesheet link in %s", home.body()).isTrue();
        assertThat(icon.find()).as("a versioned icon link in %s", home.body()).isTrue();

        HttpResponse<String> css = get(stylesheet.group(1).substring(1), null);
        HttpResponse<String> svg = get(icon.group(1).substring(1), null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains(".thermometer");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/svg+xml"));
        for (HttpResponse<String> file : List.of(css, svg)) {
            assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("max-age=31536000", "immutable"));
            assertThat(file.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void theStaffAppsPlainFileAddressesAreKeptForAnHour() throws Exception {
        for (String path : List.of("app/favicon.svg", "app/styles.css")) {
            HttpResponse<String> file = get(path, null);

            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    value -> assertThat(value).contains("max-age=3600").doesNotContain("immutable"));
            assertThat(file.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
    }

    /** How the templates write a text into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
