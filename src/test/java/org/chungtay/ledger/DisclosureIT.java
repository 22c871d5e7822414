package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.ui.Languages;
import org.chungtay.support.PdfText;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A fund unit's annual disclosure: its figures against the unit's ledger, and as a page, a PDF and an XLSX. */
class DisclosureIT extends PublicLedgerHttpTest {

    @Autowired
    PublicLedger ledger;

    @Autowired
    Disclosures disclosures;

    @Override
    protected String[] unitNames() {
        return new String[] {"Quỹ huyện Krông Bông", "Quỹ xã Yang Mao"};
    }

    @Test
    void theDisclosureOfLastYearAgreesWithTheUnitsLedgerLineByLine() {
        DisclosureReport report = disclosures.report(story.code(), story.year()).orElseThrow();
        PublicLedgerTotals ledgerTotals = ledger.totals(ledger.unit(story.code()).orElseThrow(),
                PublicLedgerPeriod.of(story.year()));

        assertThat(report.totals()).isEqualTo(ledgerTotals);
        assertThat(report.totals()).isEqualTo(new PublicLedgerTotals(PublicLedgerStory.OPENING, PublicLedgerStory.IN,
                PublicLedgerStory.OUT, PublicLedgerStory.HELD));
        assertThat(sum(report.received())).isEqualTo(PublicLedgerStory.IN);
        assertThat(report.received()).extracting(DisclosureLine::labelKey, DisclosureLine::amount).containsExactly(
                tuple("ledger.disclosure.designation.general", Money.vnd(5_300_000 + 5_000_000)),
                tuple("ledger.disclosure.designation.programme", Money.vnd(1_500_000)),
                tuple("ledger.disclosure.designation.project", Money.vnd(4_000_000)),
                tuple("ledger.disclosure.designation.sponsorship", Money.ZERO));
        assertThat(report.goodsTotal()).isEqualTo(PublicLedgerStory.GOODS);
        assertThat(report.goods()).singleElement().satisfies(goods ->
                assertThat(goods.description()).isEqualTo("50 bộ sách giáo khoa lớp 1"));

        for (List<DisclosureLine> paidOut : List.of(report.byProgramme(), report.byPurpose(), report.byUnit())) {
            assertThat(sum(paidOut)).isEqualTo(PublicLedgerStory.OUT);
        }
        assertThat(report.byProgramme()).extracting(DisclosureLine::labelKey, DisclosureLine::amount).containsExactly(
                tuple(Programme.DISABILITY_SERVICES.labelKey(), Money.vnd(1_000_000)),
                tuple(Programme.DISADVANTAGED_COMMUNES.labelKey(), Money.vnd(2_500_000)),
                tuple("ledger.disclosure.no-programme", Money.vnd(7_200_000)));
        assertThat(report.byPurpose()).extracting(DisclosureLine::labelKey, DisclosureLine::amount).containsExactly(
                tuple(Purpose.PROJECT.labelKey(), Money.vnd(2_500_000)),
                tuple(Purpose.SUPPORT_CASE.labelKey(), Money.vnd(2_200_000)),
                tuple(Purpose.GENERAL.labelKey(), Money.vnd(6_000_000)));
        assertThat(report.byUnit()).extracting(DisclosureLine::nameVi, DisclosureLine::amount).containsExactly(
                tuple(story.district().name(), Money.vnd(6_000_000)),
                tuple(story.commune().name(), Money.vnd(2_500_000 + 1_200_000 + 1_000_000)));
        assertThat(report.projects()).singleElement().satisfies(project -> {
            assertThat(project.nameVi()).isEqualTo(PublicLedgerStory.PROJECT);
            assertThat(project.link()).isEqualTo(story.projectPath());
            assertThat(project.amount()).isEqualTo(Money.vnd(2_500_000));
        });
        assertThat(report.childrenSupported()).isEqualTo(2);

        assertThat(disclosures.report(story.code(), story.year() + 2)).isEmpty();
        assertThat(disclosures.report("NO-SUCH-UNIT", story.year())).isEmpty();
    }

    @Test
    void thePageThePdfAndTheXlsxCarryTheSameTotalsAsTheLedger() throws Exception {
        HttpResponse<String> latest = get("disclosure/" + story.code());
        assertThat(latest.statusCode()).isEqualTo(302);
        assertThat(latest.headers().firstValue("Location")).hasValue("/disclosure/" + story.code() + "/" + story.year());

        String page = get("disclosure/" + story.code() + "/" + story.year()).body();
        Map<String, Money> expected = Map.of("summary-opening", PublicLedgerStory.OPENING,
                "summary-in", PublicLedgerStory.IN, "summary-out", PublicLedgerStory.OUT,
                "summary-held", PublicLedgerStory.HELD, "summary-goods", PublicLedgerStory.GOODS);
        expected.forEach((id, amount) -> assertThat(page)
                .contains("id=\"disclosure-" + id + "\"><td>")
                .containsPattern("id=\"disclosure-" + id + "\"><td>[^<]*</td><td class=\"ledger-amount\">"
                        + java.util.regex.Pattern.quote(amount.format(Languages.VIETNAMESE)) + "<"));
        assertThat(page).contains("Báo cáo công khai tài chính năm " + story.year(), "Nghị định 93/2019",
                "id=\"disclosure-year-" + story.year() + "\"", "href=\"/" + story.projectPath() + "\"",
                "id=\"disclosure-summary-children\"><td>Số trẻ em được hỗ trợ</td><td class=\"ledger-amount\">2<");
        assertThat(page.substring(page.indexOf("<main"), page.indexOf("</main>"))).as("no gift is listed")
                .doesNotContain(PublicLedgerStory.NAMED, "Nhà hảo tâm");

        String pdf = PdfText.of(bytes("disclosure/" + story.code() + "/" + story.year() + "/pdf"));
        assertThat(pdf).contains("Báo cáo công khai tài chính năm " + story.year(), "Tổng tiền nhận",
                "Còn lại (chưa sử dụng)", PublicLedgerStory.PROJECT);
        for (Money amount : expected.values()) {
            assertThat(pdf).contains(amount.format(Languages.VIETNAMESE));
        }

        Map<String, BigDecimal> cells = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                bytes("disclosure/" + story.code() + "/" + story.year() + "/xlsx")))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getCellCount() >= 2 && row.getCellAsString(0).isPresent()
                        && row.getCellAsNumber(1).isPresent()) {
                    cells.putIfAbsent(row.getCellAsString(0).get(), row.getCellAsNumber(1).get());
                }
            }
        }
        assertThat(cells).containsEntry("Tồn đầu kỳ", BigDecimal.valueOf(PublicLedgerStory.OPENING.amount()))
                .containsEntry("Tổng tiền nhận", BigDecimal.valueOf(PublicLedgerStory.IN.amount()))
                .containsEntry("Tổng tiền chi", BigDecimal.valueOf(PublicLedgerStory.OUT.amount()))
                .containsEntry("Còn lại (chưa sử dụng)", BigDecimal.valueOf(PublicLedgerStory.HELD.amount()))
                .containsEntry("Hiện vật đã nhận (giá trị)", BigDecimal.valueOf(PublicLedgerStory.GOODS.amount()))
                .containsEntry("Số trẻ em được hỗ trợ", BigDecimal.valueOf(2))
                .containsEntry(PublicLedgerStory.PROJECT, BigDecimal.valueOf(2_500_000));
    }

    private static Money sum(List<DisclosureLine> lines) {
        return lines.stream().map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
