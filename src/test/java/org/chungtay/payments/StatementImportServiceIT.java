package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementReader;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class StatementImportServiceIT extends IntegrationTest {

    private static final String HEADER = "Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả,"
            + "Tên đối ứng,Tài khoản đối ứng\n";

    @Autowired
    StatementImportService imports;

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManglesReferenceIsMatchedImportedOnceAndReceiptedAndTheSameLinesAgainImportNothing() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Phê");
        settings(unit, 0);
        CampaignDetails campaign = activeCampaign(unit);
        Pledge pledge = pledge(campaign, "Nguyễn Văn Bình", 5_000_000, InstalmentPlan.oneOff(today()));
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Phê");
        String mangled = "MBVCB.123456." + pledge.reference().toLowerCase(Locale.ROOT).replace("-", " ") + " ung ho tre em";
        String statement = HEADER + line("FT001", 2_000_000, mangled, "NGUYEN VAN BINH", "0011001234567")
                + line("FT002", 99_000, "PHI SMS", null, null).replace(",,\"99.000\"", ",\"99.000\",")
                + line("FT003", 150_000, "ung ho quy", "NGUOI LA", "9999");

        StatementPreview preview = as(accountant, () -> imports.preview(read(statement), "vcb.csv", unit.id()));

        assertThat(preview.lines()).hasSize(2);
        StatementPreview.Line first = preview.lines().getFirst();
        assertThat(first.proposal().confidence()).isEqualTo(MatchProposal.Confidence.CERTAIN);
        assertThat(first.proposal().pledge().reference()).isEqualTo(pledge.reference());
        assertThat(first.proposal().reasonArguments()).containsExactly(pledge.reference());
        assertThat(preview.lines().get(1).proposal().matched()).isFalse();
        assertThat(preview.debitLines()).isEqualTo(1);

        ImportResult result = as(accountant, () -> imports.importStatement(preview, false));

        assertThat(result).extracting(ImportResult::matched, ImportResult::queued, ImportResult::duplicates)
                .containsExactly(1, 1, 0);
        assertThat(campaigns.findPublic(campaign.slug()).orElseThrow().figures().received()).isEqualTo(Money.vnd(2_000_000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(paid(pledge)).isEqualTo(2_000_000);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM receipt r JOIN payment p ON p.id = r.payment_id"
                    + " WHERE p.pledge_id = ?").param(pledge.id()).query(Long.class).single()).isEqualTo(1);
        });

        String overlapping = HEADER + line("FT003", 150_000, "ung ho quy", "NGUOI LA", "9999")
                + line("FT004", 300_000, pledge.reference(), "NGUYEN VAN BINH", "0011001234567");
        StatementPreview again = as(accountant, () -> imports.preview(read(statement), "vcb.csv", unit.id()));
        assertThat(again.lines()).allMatch(StatementPreview.Line::duplicate);
        assertThat(as(accountant, () -> imports.importStatement(again, false)))
                .extracting(ImportResult::matched, ImportResult::queued, ImportResult::duplicates).containsExactly(0, 0, 2);
        StatementPreview partly = as(accountant, () -> imports.preview(read(overlapping), "vcb2.csv", unit.id()));
        assertThat(as(accountant, () -> imports.importStatement(partly, false)))
                .extracting(ImportResult::matched, ImportResult::queued, ImportResult::duplicates).containsExactly(1, 0, 1);
    }

    @Test
    void theAmountAndTheSendersNameOrAccountMatchAShortfallWithinTheFeeToleranceAndSeveralInstalments() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Bao");
        settings(unit, 22_000);
        CampaignDetails campaign = activeCampaign(unit);
        Pledge quarterly = pledge(campaign, "Phạm Thị Sương", 400_000,
                new InstalmentPlan(InstalmentFrequency.QUARTERLY, today(), 4));
        Pledge other = pledge(campaign, "Lê Văn Tám", 3_000_000, InstalmentPlan.oneOff(today()));
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Cư Bao");
        String statement = HEADER
                + line("A1", 200_000, "chuyen tien", "PHAM THI SUONG", "0401234567")
                + line("A2", 2_989_000, "CK tu thien", "LE VAN TAM", "0509876543");

        StatementPreview preview = as(accountant, () -> imports.preview(read(statement), "sao-ke.csv", unit.id()));

        MatchProposal twoInstalments = preview.lines().get(0).proposal();
        assertThat(twoInstalments.confidence()).isEqualTo(MatchProposal.Confidence.LIKELY);
        assertThat(twoInstalments.pledge().reference()).isEqualTo(quarterly.reference());
        assertThat(twoInstalments.reasonKey()).isEqualTo("statements.reason.name");
        MatchProposal lessTheFee = preview.lines().get(1).proposal();
        assertThat(lessTheFee.pledge().reference()).isEqualTo(other.reference());
        assertThat(lessTheFee.reasonKey()).isEqualTo("statements.reason.name-fee");
        assertThat(lessTheFee.reasonArguments()).last().isEqualTo(11_000L);
        as(accountant, () -> imports.importStatement(preview, false));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(paid(quarterly)).isEqualTo(200_000));

        // the next quarter, sent from the same account under another name
        String next = HEADER + line("A3", 100_000, "chuyen khoan", "TK CA NHAN", "040-123-4567");
        StatementPreview later = as(accountant, () -> imports.preview(read(next), "sao-ke-2.csv", unit.id()));
        assertThat(later.lines().getFirst().proposal().reasonKey()).isEqualTo("statements.reason.account");
        assertThat(later.lines().getFirst().proposal().pledge().reference()).isEqualTo(quarterly.reference());
    }

    @Test
    void aLineNothingMatchesWaitsInTheQueueWithItsCandidatesAndIsMatchedByHand() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kênh");
        settings(unit, 0);
        CampaignDetails campaign = activeCampaign(unit);
        Pledge pledge = pledge(campaign, "Đoàn Thị Lụa", 700_000, InstalmentPlan.oneOff(today()));
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Kênh");
        String statement = HEADER + line("Q1", 700_000, "ung ho", "NGUOI GUI KHAC", null);

        StatementPreview preview = as(accountant, () -> imports.preview(read(statement), "q.csv", unit.id()));
        assertThat(preview.lines().getFirst().proposal().candidates()).extracting(OpenPledge::reference)
                .containsExactly(pledge.reference());
        as(accountant, () -> imports.importStatement(preview, false));

        QueuedLine queued = as(accountant, () -> imports.queue(0, 10)).stream()
                .filter(line -> line.note().equals("ung ho") && line.amount().equals(Money.vnd(700_000)))
                .findFirst().orElseThrow();
        assertThat(queued.candidateReferences()).containsExactly(pledge.reference());
        assertThatThrownBy(() -> as(newStaff(Role.FUND_MANAGER, unit, "Quản lý"),
                () -> imports.matchByHand(queued.id(), pledge.reference()))).isInstanceOf(AccessDeniedException.class);

        PaymentSummary payment = as(accountant, () -> imports.matchByHand(queued.id(), pledge.reference()));

        assertThat(payment.pledgeReference()).isEqualTo(pledge.reference());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(paid(pledge)).isEqualTo(700_000));
        assertThat(as(accountant, () -> imports.queue(0, 10))).noneMatch(line -> line.id() == queued.id());
        assertThatThrownBy(() -> as(accountant, () -> imports.matchByHand(queued.id(), pledge.reference())))
                .hasMessageContaining("statements.error.line-gone");
    }

    @Test
    void aStatementWithUnreadableLinesImportsNothingUntilTheAccountantLeavesThemOut() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Wer");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Wer");
        String stranger = newStaff(Role.ACCOUNTANT, newUnit("Quỹ xã khác"), "Kế toán khác");
        String statement = HEADER + line("B1", 50_000, "ung ho", null, null)
                + "31/02/2026,B2,,\"60.000\",,ung ho,,\n";

        StatementPreview preview = as(accountant, () -> imports.preview(read(statement), "b.csv", unit.id()));
        assertThat(preview.problems()).singleElement().satisfies(problem -> assertThat(problem.lineNumber()).isEqualTo(3));

        assertThatThrownBy(() -> as(accountant, () -> imports.importStatement(preview, false)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("statements.error.bad-lines");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM statement_line WHERE fund_unit_id = ?").param(unit.id())
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> as(stranger, () -> imports.preview(read(statement), "b.csv", unit.id())))
                .hasMessageContaining("statements.error.unit");

        assertThat(as(accountant, () -> imports.importStatement(preview, true)).queued()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- inside

    private static LocalDate today() {
        return CampaignCalendar.today();
    }

    /** A Vietcombank line: date, reference, debit, credit, balance, note, sender's name and account. */
    private static String line(String bankReference, long credit, String note, String name, String account) {
        return today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "," + bankReference + ",,\""
                + String.format(Locale.GERMANY, "%,d", credit) + "\",," + "\"" + note + "\"," + (name == null ? "" : name)
                + "," + (account == null ? "" : account) + "\n";
    }

    private static org.chungtay.payments.statements.StatementFile read(String csv) {
        return new StatementReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sao-ke.csv",
                StatementLayout.VIETCOMBANK, null);
    }

    private void settings(FundUnitRef unit, long feeTolerance) {
        String code = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc",
                ReceiptPaper.A5, true, Money.vnd(feeTolerance), null)));
    }

    private record Pledge(long id, String reference) {
    }

    private Pledge pledge(CampaignDetails campaign, String name, long amount, InstalmentPlan plan) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(amount), null), plan, false, null, name, null, null,
                "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn", null, null, Locale.of("vi"),
                false, false, false);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.2.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        return new Pledge(id, jdbc.sql("SELECT reference FROM pledge WHERE id = ?").param(id).query(String.class).single());
    }

    private long paid(Pledge pledge) {
        return jdbc.sql("SELECT paid FROM pledge WHERE id = ?").param(pledge.id()).query(Long.class).single();
    }
}
