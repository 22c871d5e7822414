package org.chungtay.ledger;

import java.time.LocalDate;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;

/**
 * One year of a district fund's money, told through {@link PublicLedgerRows}, with the figures a reader must find
 * in its ledger and its disclosure. Last year ({@code year}), the district ({@code district}, code
 * {@code code}) and the commune under it ({@code commune}) received, through the campaign and directly:
 * <ul>
 * <li>before the year: 1,000,000 to the campaign (general fund): the year opens holding it;
 * <li>to the campaign (general fund): 5,000,000 from "Công ty Bình Minh", 3,000,000 from a donor who did not agree
 * to be named, 2,000,000 from a donor whose name starts with '=', and 7,000,000 reversed (never shown);
 * <li>1,500,000 to the district's disability programme from "+Hội Phụ nữ", 4,000,000 to a project of the commune from
 * "-Nhóm thiện nguyện" and 300,000 from "@Bạn đọc" to the general fund, not through the campaign;
 * <li>goods worth 2,500,000 (not money: disclosed, not in the ledger).
 * </ul>
 * and paid: 6,000,000 for school books (general fund: the campaign's oldest gifts, 1,000,000 of the year before and
 * 5,000,000), 2,500,000 to the commune's project "Lớp học Ea Súp" (its own gifts), 1,200,000 for a child's surgery
 * at the commune (general fund: the campaign's 3,000,000), 1,000,000 for a child's hearing aid (programme), and
 * 1,500,000 awaiting approval (never shown).
 */
public record PublicLedgerStory(int year, FundUnitRef district, FundUnitRef commune, String code,
        CampaignDetails campaign, String projectPath) {

    public static final Money OPENING = Money.vnd(1_000_000);
    public static final Money IN = Money.vnd(5_000_000 + 3_000_000 + 2_000_000 + 1_500_000 + 4_000_000 + 300_000);
    public static final Money OUT = Money.vnd(6_000_000 + 2_500_000 + 1_200_000 + 1_000_000);
    public static final Money HELD = OPENING.plus(IN).minus(OUT);
    /** The campaign over every year: its four gifts not reversed, and what they paid for. */
    public static final Money CAMPAIGN_IN = Money.vnd(1_000_000 + 5_000_000 + 3_000_000 + 2_000_000);
    public static final Money CAMPAIGN_OUT = Money.vnd(1_000_000 + 5_000_000 + 1_200_000);
    public static final Money GOODS = Money.vnd(2_500_000);
    public static final String NAMED = "Công ty Bình Minh";
    public static final String REVERSED_DONOR = "Người Đã Được Hoàn Tiền";
    public static final String FORMULA_DONOR = "=HYPERLINK(\"http://example.invalid\",\"bấm\")";
    public static final String PLUS_DONOR = "+Hội Phụ nữ";
    public static final String MINUS_DONOR = "-Nhóm thiện nguyện";
    public static final String AT_DONOR = "@Bạn đọc";
    public static final String BOOKS = "Mua sách vở cho điểm trường Ea Súp";
    public static final String PROJECT = "Lớp học Ea Súp — mái tôn";
    public static final String AWAITING = "Khoản chi đang chờ duyệt";

    public static PublicLedgerStory tell(PublicLedgerRows rows, FundUnitRef district, FundUnitRef commune,
            CampaignDetails campaign, int year) {
        String code = rows.code(district);
        long projectId = 900_000_000L + (long) (Math.random() * 1_000_000);
        String projectPath = "projects/lop-hoc-ea-sup-" + projectId;
        PublicLedgerRows.Pool general = rows.pool(district, "GENERAL", null, null);
        PublicLedgerRows.Pool disability = rows.pool(district, "PROGRAMME", Programme.DISABILITY_SERVICES, null);
        PublicLedgerRows.Pool project = rows.pool(commune, "PROJECT", Programme.DISADVANTAGED_COMMUNES, projectId);

        rows.gift(general, campaign, LocalDate.of(year - 1, 12, 15), 1_000_000, NAMED);
        rows.gift(general, campaign, LocalDate.of(year, 2, 10), 5_000_000, NAMED);
        long reversed = rows.gift(general, campaign, LocalDate.of(year, 2, 20), 7_000_000, REVERSED_DONOR);
        rows.gift(general, campaign, LocalDate.of(year, 3, 5), 3_000_000, null);
        rows.gift(general, campaign, LocalDate.of(year, 3, 6), 2_000_000, FORMULA_DONOR);
        rows.gift(disability, null, LocalDate.of(year, 4, 1), 1_500_000, PLUS_DONOR);
        rows.gift(project, null, LocalDate.of(year, 5, 1), 4_000_000, MINUS_DONOR);
        rows.gift(general, null, LocalDate.of(year, 11, 30), 300_000, AT_DONOR);
        rows.reverse(reversed);
        rows.goods(district, LocalDate.of(year, 9, 1), 2_500_000, "50 bộ sách giáo khoa lớp 1");

        rows.disbursement(general, new PublicLedgerRows.Payout(district.id(), district.path(), "GENERAL", null, null,
                null, BOOKS, "School books for the Ea Súp school", null), 6_000_000, LocalDate.of(year, 4, 10), "PAID");
        rows.disbursement(project, new PublicLedgerRows.Payout(commune.id(), commune.path(), "PROJECT",
                Programme.DISADVANTAGED_COMMUNES, projectId, null, PROJECT, "Ea Súp classroom — tin roof", projectPath),
                2_500_000, LocalDate.of(year, 6, 1), "PAID");
        rows.disbursement(general, new PublicLedgerRows.Payout(commune.id(), commune.path(), "SUPPORT_CASE", null, null,
                4_200_001L, "Hỗ trợ phẫu thuật cho trẻ DL-0042 (H., 2015, Ea Súp)",
                "Surgery for child DL-0042 (H., 2015, Ea Súp)", null), 1_200_000, LocalDate.of(year, 7, 1), "PAID");
        rows.disbursement(disability, new PublicLedgerRows.Payout(district.id(), district.path(), "SUPPORT_CASE",
                Programme.DISABILITY_SERVICES, null, 4_200_002L, "Máy trợ thính cho trẻ DL-0043 (T., 2012, Ea Súp)",
                "Hearing aid for child DL-0043 (T., 2012, Ea Súp)", null), 1_000_000, LocalDate.of(year, 8, 1), "PAID");
        rows.disbursement(general, new PublicLedgerRows.Payout(district.id(), district.path(), "GENERAL", null, null,
                null, AWAITING, "Awaiting approval", null), 1_500_000, LocalDate.of(year, 12, 1),
                "AWAITING_APPROVAL");
        return new PublicLedgerStory(year, district, commune, code, campaign, projectPath);
    }
}
