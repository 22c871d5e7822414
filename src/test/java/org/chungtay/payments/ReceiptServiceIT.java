package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class ReceiptServiceIT extends IntegrationTest {

    @Autowired
    PaymentService payments;

    @Autowired
    ReceiptService receipts;

    @Autowired
    DonorService donors;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPaymentRecordedGetsItsNumberedReceiptWithTheAmountInWords() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kao");
        String code = receiptSettings(unit, true);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Trương Thị Biên");

        PaymentSummary payment = as(accountant, () -> payments.record(cash(campaign, 30_000_000)));

        int year = CampaignCalendar.today().getYear();
        assertThat(payment.receiptNumber()).isEqualTo(code + "/" + year + "/1");
        String text = text(as(accountant, () -> receipts.pdf(payment.receiptId())).content());
        assertThat(text).contains(code + "/" + year + "/1", "Ba mươi triệu đồng chẵn", "Nhà hảo tâm");
        assertThat(as(accountant, () -> payments.record(cash(campaign, 1_000))).receiptNumber())
                .isEqualTo(code + "/" + year + "/2");
    }

    @Test
    void twoAccountantsIssuingAtTheSameMomentLeaveNoGapAndNoDuplicate() throws Exception {
        FundUnitRef unit = newUnit("Quỹ xã Cư Suê");
        String code = receiptSettings(unit, true);
        CampaignDetails campaign = activeCampaign(unit);
        List<String> accountants = IntStream.range(0, 4)
                .mapToObj(i -> newStaff(Role.ACCOUNTANT, unit, "Kế toán " + i)).toList();
        int perAccountant = 6;

        // one of them takes a number and then changes their mind: the number goes to the next receipt
        assertThatThrownBy(() -> as(accountants.getFirst(), () -> transactions.executeWithoutResult(status -> {
            payments.record(cash(campaign, 5_000));
            throw new IllegalStateException("changed my mind");
        }))).hasMessageContaining("changed my mind");

        ExecutorService nodes = Executors.newFixedThreadPool(accountants.size());
        try {
            List<Future<List<String>>> issued = new ArrayList<>();
            for (String accountant : accountants) {
                Callable<List<String>> work = () -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < perAccountant; i++) {
                        numbers.add(as(accountant, () -> payments.record(cash(campaign, 10_000))).receiptNumber());
                    }
                    return numbers;
                };
                issued.add(nodes.submit(work));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> batch : issued) {
                numbers.addAll(batch.get());
            }
            int year = CampaignCalendar.today().getYear();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 4 * perAccountant)
                    .mapToObj(n -> code + "/" + year + "/" + n).toList());
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aMistakeIsVoidedAndReissuedAndAReversalVoidsTheReceipt() {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Thắng");
        String code = receiptSettings(unit, true);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lý Thị Sửa");
        PaymentSummary payment = as(accountant, () -> payments.record(cash(campaign, 2_500_000)));
        long first = payment.receiptId();

        ReceiptSummary second = as(accountant, () -> receipts.reissue(first, "Sai tên nhà hảo tâm"));

        int year = CampaignCalendar.today().getYear();
        assertThat(second.number()).isEqualTo(code + "/" + year + "/2");
        assertThat(as(accountant, () -> receipts.ofPayment(payment.id()))).extracting(ReceiptSummary::voidReason)
                .containsExactly("Sai tên nhà hảo tâm", null);
        assertThat(text(as(accountant, () -> receipts.pdf(first)).content())).contains("Sai tên nhà hảo tâm");
        assertThatThrownBy(() -> as(accountant, () -> receipts.reissue(first, "lần nữa")))
                .hasMessageContaining("receipts.error.already-void");

        as(accountant, () -> payments.reverse(payment.id(), "Tiền không về tài khoản"));

        assertThat(as(accountant, () -> receipts.ofPayment(payment.id()))).allMatch(ReceiptSummary::voided);
        assertThat(as(accountant, () -> payments.list("", 0, 10))).singleElement()
                .satisfies(listed -> assertThat(listed.receiptNumber()).isNull());
        assertThatThrownBy(() -> as(accountant, () -> receipts.issue(payment.id())))
                .hasMessageContaining("receipts.error.payment-reversed");
    }

    @Test
    void aUnitThatIssuesOnRequestGetsOneReceiptPerPaymentAndOnlyInItsSubtree() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tiêu");
        receiptSettings(unit, false);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Đinh Văn Hỏi");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý xã");
        String stranger = newStaff(Role.ACCOUNTANT, newUnit("Quỹ xã khác"), "Kế toán khác");
        PaymentSummary payment = as(accountant, () -> payments.record(cash(campaign, 100_000)));
        assertThat(payment.receiptNumber()).isNull();

        assertThatThrownBy(() -> as(manager, () -> receipts.issue(payment.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> receipts.issue(payment.id())))
                .isInstanceOf(AccessDeniedException.class);
        ReceiptSummary receipt = as(accountant, () -> receipts.issue(payment.id()));
        assertThatThrownBy(() -> as(accountant, () -> receipts.issue(payment.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("receipts.error.already-issued");
        assertThat(as(manager, () -> receipts.pdf(receipt.id())).content()).isNotEmpty();
        assertThatThrownBy(() -> as(stranger, () -> receipts.pdf(receipt.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'receipt' AND subject_id = ?")
                .param(receipt.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aUnitWithoutReceiptDetailsRecordsPaymentsAndSaysWhatIsMissingWhenAskedForAReceipt() {
        FundUnitRef unit = newUnit("Quỹ xã Chưa Cài");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán mới");
        PaymentSummary payment = as(accountant, () -> payments.record(cash(campaign, 100_000)));

        assertThat(payment.receiptNumber()).isNull();
        assertThatThrownBy(() -> as(accountant, () -> receipts.issue(payment.id())))
                .hasMessageContaining("receipts.error.settings-missing");
    }

    @Test
    void aDonorStatementListsThePeriodsPaymentsWithTheirReceiptsAndTotal() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Drông");
        receiptSettings(unit, true);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Phan Thị Kê");
        long donor = newDonor(unit, "Công ty TNHH Bẫy Ặc Ữu");
        LocalDate today = CampaignCalendar.today();
        PaymentSummary first = as(accountant, () -> payments.record(gift(campaign, donor, 10_000_000, today)));
        as(accountant, () -> payments.record(gift(campaign, donor, 5_000_000, today)));
        PaymentSummary reversed = as(accountant, () -> payments.record(gift(campaign, donor, 7_000_000, today)));
        as(accountant, () -> payments.reverse(reversed.id(), "Nhập nhầm"));

        String text = text(as(accountant, () -> receipts.statement(donor, today.withDayOfYear(1), today)).content());

        assertThat(text).contains("Công ty TNHH Bẫy Ặc Ữu", first.receiptNumber(), "Mười lăm triệu đồng");
        assertThat(text).doesNotContain("7.000.000");
        assertThatThrownBy(() -> as(accountant, () -> receipts.statement(donor, today, today.minusDays(1))))
                .hasMessageContaining("receipts.error.statement-period");
    }

    // ---------------------------------------------------------------- inside

    private static PaymentEntry cash(CampaignDetails campaign, long amount) {
        return new PaymentEntry(PaymentMethod.CASH, Money.vnd(amount), CampaignCalendar.today(), null, campaign.id(),
                null, null, null, null, null);
    }

    private static PaymentEntry gift(CampaignDetails campaign, long donorId, long amount, LocalDate receivedOn) {
        return new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), receivedOn, null, campaign.id(), null,
                donorId, "FT" + amount, null, null);
    }

    private long newDonor(FundUnitRef unit, String name) {
        return SystemActor.call(() -> donors.create(unit.id(),
                DonorTestData.organisation(name, DonorTestData.newTaxCode(), "Buôn Ma Thuột, Đắk Lắk"), Set.of())).id();
    }

    /** Complete receipt details for the unit, with a code of its own; returns the code. */
    private String receiptSettings(FundUnitRef unit, boolean onRecording) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "01 Lê Duẩn, Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký",
                "Giám đốc", ReceiptPaper.A5, onRecording, Money.ZERO, null)));
        return code;
    }

    private static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }
}
