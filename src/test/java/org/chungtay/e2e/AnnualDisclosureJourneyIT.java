package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.ledger.PublicLedgerPeriod;
import org.chungtay.ledger.PublicLedgerRows;
import org.chungtay.ledger.PublicLedgerStory;
import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Languages;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.PdfText;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AnnualDisclosureJourneyIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aReaderOnAPhoneOpensLastYearsDisclosureAsAPageAPdfAndAnXlsxWithTheLedgersTotals() throws IOException {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Quỹ huyện Lắk");
        PublicLedgerStory story = PublicLedgerStory.tell(PublicLedgerRows.of(this, context), district,
                newUnitUnder(district, "Quỹ xã Bông Krang"), activeCampaign(district), activeCampaign(district),
                PublicLedgerPeriod.lastYear());
        browser.manage().window().setSize(new Dimension(375, 812));

        browser.get(url("ledger/" + story.code() + "?year=" + story.year()));
        AnnualDisclosurePage pages = new AnnualDisclosurePage(browser);
        String in = pages.ledgerTotal("in");
        String out = pages.ledgerTotal("out");
        String held = pages.ledgerTotal("held");
        assertThat(held).isEqualTo(PublicLedgerStory.HELD.format(Languages.VIETNAMESE));
        assertThat(pages.fitsTheWindow()).isTrue();
        screenshot("public-ledger-375-vi");

        pages.openDisclosureFromLedger();
        assertThat(pages.title()).isEqualTo("Báo cáo công khai tài chính năm " + story.year());
        assertThat(pages.summary("in")).isEqualTo(in);
        assertThat(pages.summary("out")).isEqualTo(out);
        assertThat(pages.summary("held")).isEqualTo(held);
        assertThat(pages.fitsTheWindow()).isTrue();
        assertThat(browser.manage().getCookies()).as("a public page keeps no session").isEmpty();
        screenshot("annual-disclosure-375-vi");

        String pdf = PdfText.of(download(pages.pdfLink()));
        assertThat(pdf).contains("Báo cáo công khai tài chính năm " + story.year(), in, out, held);

        Map<String, BigDecimal> cells = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download(pages.xlsxLink())))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getCellAsString(0).isPresent() && row.getCellCount() >= 2
                        && row.getCellAsNumber(1).isPresent()) {
                    cells.putIfAbsent(row.getCellAsString(0).get(), row.getCellAsNumber(1).get());
                }
            }
        }
        assertThat(cells).containsEntry("Tổng tiền nhận", amount(PublicLedgerStory.IN))
                .containsEntry("Tổng tiền chi", amount(PublicLedgerStory.OUT))
                .containsEntry("Còn lại (chưa sử dụng)", amount(PublicLedgerStory.HELD));

        pages.chooseYear(story.year() - 1);
        assertThat(pages.summary("held")).isEqualTo(PublicLedgerStory.OPENING.format(Languages.VIETNAMESE));
    }

    private static BigDecimal amount(Money money) {
        return BigDecimal.valueOf(money.amount());
    }
}
