package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public ledger of a fund unit and of a campaign, over HTTP, as anyone reads or downloads it. */
class PublicLedgerIT extends PublicLedgerHttpTest {

    private static final Locale VI = Languages.VIETNAMESE;

    @Autowired
    PublicLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected String[] unitNames() {
        return new String[] {"Quỹ huyện Ea Súp", "Quỹ xã Ia Lốp"};
    }

    @Test
    void aUnitsLedgerForTheYearReconcilesAndShowsOnlyWhatThePublicMaySee() throws Exception {
        HttpResponse<String> page = get("ledger/" + story.code().toLowerCase(Locale.ROOT) + "?year=" + story.year());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        String html = page.body();
        assertThat(html).contains(
                "id=\"ledger-opening\">" + money(PublicLedgerStory.OPENING) + "<",
                "id=\"ledger-in\">" + money(PublicLedgerStory.IN) + "<",
                "id=\"ledger-out\">" + money(PublicLedgerStory.OUT) + "<",
                "id=\"ledger-held\">" + money(PublicLedgerStory.HELD) + "<",
                "tồn đầu kỳ + tổng tiền nhận − tổng tiền chi",
                PublicLedgerStory.NAMED, "Nhà hảo tâm", "HYPERLINK(&quot;http://example.invalid&quot;",
                PublicLedgerStory.BOOKS, "href=\"/" + story.projectPath() + "\"", PublicLedgerStory.PROJECT + " — " + PublicLedgerStory.INSTALMENT,
                "(mã " + story.surgeryChild().code() + "), sinh năm 2015",
                "href=\"/disclosure/" + story.code() + "/" + story.year() + "\"");
        assertThat(html).as("a reversed gift and a disbursement awaiting approval are not in the ledger")
                .doesNotContain(PublicLedgerStory.REVERSED_DONOR, "7.000.000", PublicLedgerStory.AWAITING);
        assertThat(html).as("a donor who did not agree to be named is a well-wisher")
                .doesNotContain(PublicLedgerStory.HIDDEN_DONOR);
        assertThat(html).doesNotContain("Exception", "vaadin");

        String english = get("ledger/" + story.code() + "?year=" + story.year() + "&lang=en").body();
        // The general fund's own work is described once, in the words the accountant typed; a target in both languages.
        assertThat(english).contains("<html lang=\"en\">", "Well-wisher", PublicLedgerStory.BOOKS,
                "Ea Súp classroom — tin roof", "(code " + story.surgeryChild().code() + "), born 2015",
                "id=\"ledger-held\">" + PublicLedgerStory.HELD.format(Languages.ENGLISH) + "<");

        // Every year together: nothing held before, so held = in − out.
        PublicLedgerSubject unit = ledger.unit(story.code()).orElseThrow();
        PublicLedgerTotals all = ledger.totals(unit, PublicLedgerPeriod.ALL);
        assertThat(all.opening()).isEqualTo(Money.ZERO);
        assertThat(all.held()).isEqualTo(all.in().minus(all.out())).isEqualTo(PublicLedgerStory.HELD);
    }

    @Test
    void aReversedPaymentLeavesTheLedgerAndTheEngineMovesWhatItHadPaidForToTheNextGift() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM allocation WHERE payment_id = ?").param(story.reversedPayment())
                .query(Long.class).single()).as("a reversed payment keeps no allocation").isZero();
        assertThat(jdbc.sql("SELECT payment_id, amount FROM allocation WHERE disbursement_id = ?")
                .param(story.surgery()).query((row, n) -> List.of(row.getLong(1), row.getLong(2))).list())
                .as("the surgery, first paid from the reversed gift, is now paid from the campaign's next oldest gift")
                .containsExactly(List.of(story.hiddenDonorGift(), 1_200_000L));
        PublicLedgerSubject unit = ledger.unit(story.code()).orElseThrow();
        assertThat(ledger.gifts(unit, PublicLedgerPeriod.ALL, 0, 100)).extracting(PublicLedgerGift::order)
                .doesNotContain(story.reversedPayment()).contains(story.hiddenDonorGift());
    }

    @Test
    void theListsArePagedInTheDatabaseNewestFirst() {
        PublicLedgerSubject unit = ledger.unit(story.code()).orElseThrow();
        PublicLedgerPeriod year = PublicLedgerPeriod.of(story.year());

        assertThat(ledger.countGifts(unit, year)).isEqualTo(6);
        List<PublicLedgerGift> first = ledger.gifts(unit, year, 0, 4);
        List<PublicLedgerGift> second = ledger.gifts(unit, year, 4, 4);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        assertThat(first.getFirst().publicName()).contains(PublicLedgerStory.AT_DONOR);
        assertThat(second.getLast().amount()).isEqualTo(Money.vnd(5_000_000));
        assertThat(ledger.countPayouts(unit, year)).isEqualTo(4);
        assertThat(ledger.payouts(unit, year, 0, 10)).extracting(PublicLedgerPayout::amount)
                .containsExactly(Money.vnd(1_000_000), Money.vnd(1_200_000), Money.vnd(2_500_000), Money.vnd(6_000_000));
    }

    @Test
    void aCampaignsLedgerShowsWhatItsGiftsPaidForAndItsPageLinksToIt() throws Exception {
        String slug = story.campaign().slug();
        HttpResponse<String> page = get("campaigns/" + slug + "/ledger");

        assertThat(page.statusCode()).isEqualTo(200);
        Money held = PublicLedgerStory.CAMPAIGN_IN.minus(PublicLedgerStory.CAMPAIGN_OUT);
        assertThat(page.body()).contains(
                "id=\"ledger-in\">" + money(PublicLedgerStory.CAMPAIGN_IN) + "<",
                "id=\"ledger-out\">" + money(PublicLedgerStory.CAMPAIGN_OUT) + "<",
                "id=\"ledger-held\">" + money(held) + "<",
                PublicLedgerStory.BOOKS, story.surgeryChild().code(), "href=\"/campaigns/" + slug + "\"",
                "id=\"ledger-unit\" href=\"/ledger/" + story.code() + "\"");
        assertThat(page.body()).doesNotContain(PublicLedgerStory.REVERSED_DONOR, PublicLedgerStory.PLUS_DONOR,
                PublicLedgerStory.PROJECT, story.hearingChild().code());
        PublicLedgerSubject campaign = ledger.campaign(slug).orElseThrow();
        assertThat(ledger.totals(campaign, PublicLedgerPeriod.ALL).out()).as("what the campaign's gifts paid for")
                .isEqualTo(Money.vnd(jdbc.sql("SELECT COALESCE(SUM(a.amount), 0) FROM allocation a"
                        + " JOIN payment p ON p.id = a.payment_id WHERE p.campaign_id = ?")
                        .param(story.campaign().id()).query(Long.class).single()))
                .isEqualTo(PublicLedgerStory.CAMPAIGN_OUT);

        String year = get("campaigns/" + slug + "/ledger?year=" + story.year()).body();
        assertThat(year).contains("id=\"ledger-opening\">" + money(Money.vnd(1_000_000)) + "<",
                "id=\"ledger-in\">" + money(Money.vnd(10_000_000)) + "<",
                "id=\"ledger-out\">" + money(PublicLedgerStory.CAMPAIGN_OUT) + "<",
                "id=\"ledger-held\">" + money(held) + "<");

        String campaignPage = get("campaigns/" + slug).body();
        assertThat(campaignPage).contains("id=\"public-ledger-section\"",
                "href=\"/campaigns/" + slug + "/ledger\"",
                "id=\"ledger-section-in\">" + money(PublicLedgerStory.CAMPAIGN_IN) + "<",
                "id=\"ledger-section-held\">" + money(held) + "<");
    }

    @Test
    void theCsvOpensInExcelWithEveryFormulaNeutralisedAndPlainAmounts() throws Exception {
        HttpResponse<byte[]> download = download("ledger/" + story.code() + "/csv?year=" + story.year());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("utf-8"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment", ".csv"));
        byte[] bytes = download.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte-order mark")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Loại,Ngày,Người ủng hộ / Mục đích,Nội dung,Liên kết,Số tiền (đồng)");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"bấm\"\")\"", "'+Hội Phụ nữ",
                "'-Nhóm thiện nguyện", "'@Bạn đọc", "Nhà hảo tâm,,,3000000", "Công ty Bình Minh,,,5000000",
                "http://localhost:8080/" + story.projectPath() + ",2500000",
                "Tồn đầu kỳ,,,,," + PublicLedgerStory.OPENING.amount(),
                "Tổng tiền nhận,,,,," + PublicLedgerStory.IN.amount(),
                "Tổng tiền chi,,,,," + PublicLedgerStory.OUT.amount(),
                "Còn lại (chưa sử dụng),,,,," + PublicLedgerStory.HELD.amount());
        assertThat(lines).noneMatch(line -> line.matches("^(?:[^,]*,)*\"?[=+\\-@].*"));
        assertThat(csv).doesNotContain(PublicLedgerStory.REVERSED_DONOR, PublicLedgerStory.AWAITING);
        assertThat(lines).hasSize(1 + 6 + 4 + 4);
    }

    @Test
    void anUnknownUnitCampaignOrYearIsThePublicNotFoundPage() throws Exception {
        for (String path : List.of("ledger/NO-SUCH-UNIT", "ledger/x", "ledger/NO-SUCH-UNIT/csv",
                "campaigns/no-such-campaign/ledger", "campaigns/no-such-campaign/ledger/csv",
                "disclosure/NO-SUCH-UNIT/" + story.year(), "disclosure/" + story.code() + "/1999",
                "disclosure/" + story.code() + "/next-year", "disclosure/" + story.code() + "/3000/pdf",
                "disclosure/NO-SUCH-UNIT/" + story.year() + "/xlsx")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("id=\"error-title\"").doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void noPageOrDownloadCanCarryAChildsName() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('ledger_pool', 'ledger_gift', 'disbursement', 'allocation')"
                        + " AND column_name LIKE '%name%' AND column_name <> 'public_name'")
                .query(Long.class).single()).as("the ledger keeps no one's name but a consenting donor's").isZero();
        // Where the children's register exists, none of its names may be on any public page or download.
        List<String> childTables = jdbc.sql("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND column_name = 'full_name' AND table_name LIKE 'child%'")
                .query(String.class).list();
        StringBuilder everything = new StringBuilder();
        for (String path : List.of("ledger/" + story.code() + "?year=" + story.year(),
                "ledger/" + story.code() + "/csv?year=" + story.year(), "campaigns/" + story.campaign().slug() + "/ledger",
                "disclosure/" + story.code() + "/" + story.year())) {
            everything.append(get(path).body());
        }
        for (String table : childTables) {
            for (String name : jdbc.sql("SELECT full_name FROM " + table).query(String.class).list()) {
                assertThat(everything.toString()).doesNotContain(name);
            }
        }
        assertThat(everything.toString()).contains(story.surgeryChild().code(), story.hearingChild().code())
                .doesNotContain(PublicLedgerStory.SURGERY_CHILD_NAME, PublicLedgerStory.HEARING_CHILD_NAME,
                        "Y Blốc Niê", "Mổ tim", "Cư Kty");
    }

    private static String money(Money amount) {
        return amount.format(VI);
    }
}
