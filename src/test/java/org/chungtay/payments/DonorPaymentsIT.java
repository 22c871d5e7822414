package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.ledger.LedgerFixtures;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

class DonorPaymentsIT extends IntegrationTest {

    @Autowired
    DonorPayments donorPayments;

    @Autowired
    PaymentService payments;

    @Autowired
    ReceiptService receipts;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    ApplicationContext context;

    @Test
    void aDonorSeesTheirPaymentsReceiptsTotalsAndStatementAndNothingOfAnothers() {
        ensureThreeLevels();
        FundUnitRef province = newUnit("Quỹ tỉnh Đắk Nông");
        FundUnitRef commune = newUnitUnder(province, "Quỹ xã Quảng Phú");
        String provinceCode = receiptSettings(province);
        String communeCode = receiptSettings(commune);
        CampaignDetails provinceCampaign = activeCampaign(province);
        CampaignDetails communeCampaign = activeCampaign(commune);
        String provinceAccountant = newStaff(Role.ACCOUNTANT, province, "Kế toán tỉnh");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        LedgerFixtures.Pledge mine = fixtures.pledge(provinceCampaign, 6_000_000, null, "Công ty Cà phê Quảng Phú", false);
        LedgerFixtures.Pledge theirs = fixtures.pledge(provinceCampaign, 1_000_000, null, "Công ty Điều Quảng Phú", false);
        LocalDate today = CampaignCalendar.today();
        as(provinceAccountant, () -> {
            fixtures.pay(mine, 4_000_000, today);
            fixtures.pay(theirs, 1_000_000, today);
            long mistake = fixtures.pay(mine, 9_000_000, today);
            fixtures.reverse(mistake);
            // a gift to the commune's campaign, received and receipted by the commune's fund
            payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(2_000_000), today, null,
                    communeCampaign.id(), null, mine.donorId(), null, null, null));
        });

        asDonor(mine.donorId(), "mine@example.vn", () -> {
            assertThat(donorPayments.countMyPayments()).isEqualTo(2);
            assertThat(donorPayments.myPayments(0, 10)).extracting(DonorPayment::amount)
                    .containsExactlyInAnyOrder(Money.vnd(4_000_000), Money.vnd(2_000_000));
            assertThat(donorPayments.myPayments(1, 1)).hasSize(1);
            DonorPayment pledged = donorPayments.myPaymentsOfPledge(mine.reference()).getFirst();
            assertThat(pledged.receiptNumber()).startsWith(provinceCode + "/");
            assertThat(pledged.campaignNameVi()).isEqualTo(provinceCampaign.nameVi());
            assertThat(donorPayments.myPaymentsOfPledge(theirs.reference())).isEmpty();

            PdfFile receipt = donorPayments.myReceipt(pledged.receiptNumber()).orElseThrow();
            assertThat(PdfText.of(receipt.content())).contains(pledged.receiptNumber(), "Bốn triệu đồng");

            DonorTotals totals = donorPayments.myTotals();
            assertThat(totals.byYear()).singleElement().satisfies(year -> {
                assertThat(year.year()).isEqualTo(today.getYear());
                assertThat(year.total()).isEqualTo(Money.vnd(6_000_000));
                assertThat(year.payments()).isEqualTo(2);
            });
            assertThat(totals.byCampaign()).extracting(DonorTotals.Campaign::nameVi, DonorTotals.Campaign::total)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(provinceCampaign.nameVi(), Money.vnd(4_000_000)),
                            org.assertj.core.groups.Tuple.tuple(communeCampaign.nameVi(), Money.vnd(2_000_000)));

            // the statement's parts add up to the year's total: one per fund that receipted the gifts
            String statement = PdfText.of(donorPayments.myStatement(today.getYear()).orElseThrow().content());
            assertThat(statement).contains("Bốn triệu đồng", "Hai triệu đồng", provinceCode, communeCode)
                    .doesNotContain("9.000.000", "Một triệu đồng");
            assertThat(totals.byYear().getFirst().total()).isEqualTo(donorPayments.myPayments(0, 10).stream()
                    .map(DonorPayment::amount).reduce(Money.ZERO, Money::plus));
            assertThat(donorPayments.myStatement(today.getYear() - 1)).isEmpty();
            assertThat(donorPayments.myStatement(today.getYear() + 1)).isEmpty();
        });

        String theirReceipt = asDonor(theirs.donorId(), "theirs@example.vn",
                () -> donorPayments.myPayments(0, 10).getFirst().receiptNumber());
        asDonor(mine.donorId(), "mine@example.vn", () -> {
            assertThat(donorPayments.myReceipt(theirReceipt)).isEmpty();
            assertThat(donorPayments.myReceipt(provinceCode + "/1999/1")).isEmpty();
        });
    }

    @Test
    void aNewDonorHasNothingYet() {
        asDonor(Long.MAX_VALUE, "new@example.vn", () -> {
            assertThat(donorPayments.countMyPayments()).isZero();
            assertThat(donorPayments.myPayments(0, 10)).isEmpty();
            assertThat(donorPayments.myTotals().isEmpty()).isTrue();
            assertThat(donorPayments.myStatement(CampaignCalendar.today().getYear())).isEmpty();
        });
    }

    @Test
    void staffCannotCallTheDonorMethodsNorADonorTheStaffOnes() {
        FundUnitRef unit = newUnit("Quỹ xã Đắk Mil");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Đắk Mil");

        assertThatThrownBy(() -> as(accountant, () -> donorPayments.myPayments(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> donorPayments.myReceipt("X/2026/1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> donorPayments.myStatement(2026)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDonor(1L, "donor@example.vn", () -> payments.list("", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDonor(1L, "donor@example.vn", () -> receipts.pdf(1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDonor(1L, "donor@example.vn",
                () -> receipts.statement(1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String receiptSettings(FundUnitRef unit) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "01 Lê Duẩn, Gia Nghĩa, Đắk Nông", null, "Nguyễn Văn Ký",
                "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null)));
        return code;
    }
}
