package org.chungtay.ledger;

import java.time.LocalDate;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.children.Child;
import org.chungtay.children.CircumstanceCategory;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectsNavigation;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;

/**
 * One year of a district fund's money, told through the services ({@link PublicLedgerRows}), with the figures a
 * reader must find in its ledger and its disclosure. Last year ({@code year}), the district ({@code district},
 * code {@code code}, approval threshold 1,000,000) and the commune under it ({@code commune}) received:
 * <ul>
 * <li>before the year: 1,000,000 to the campaign (general fund) from "Công ty Bình Minh": the year opens holding it;
 * <li>to the campaign (general fund): 5,000,000 from "Công ty Bình Minh", 3,000,000 from a donor who did not agree
 * to be named, 2,000,000 from a donor whose name starts with '=', and 7,000,000 later reversed (never shown);
 * <li>through another campaign of the district: 1,500,000 pledged to the disability programme by "+Hội Phụ nữ" and
 * 4,000,000 pledged to the commune's project "Lớp học Ea Súp" by "-Nhóm thiện nguyện"; and 300,000 from
 * "@Bạn đọc" to the district's general fund, through no campaign;
 * <li>goods worth 2,500,000 (not money: disclosed, not in the ledger).
 * </ul>
 * and paid: 6,000,000 for school books (general fund: the campaign's oldest gifts, 1,000,000 of the year before
 * and 5,000,000; approved by a manager), 2,500,000 to the project's budget line "mái tôn" (its own gifts;
 * approved; the accountant added "đợt 1"), 1,200,000 for the surgery of a child of the commune (general fund;
 * approved; the accountant typed the child's name in its note; first covered by the 7,000,000 gift, then, when
 * that was reversed, by the campaign's 3,000,000),
 * 1,000,000 for a hearing aid for another child of the commune (disability programme, paid at once: not above
 * the threshold), and 1,500,000 awaiting approval (never shown).
 */
public record PublicLedgerStory(int year, FundUnitRef district, FundUnitRef commune, String code,
        CampaignDetails campaign, String projectPath, Child surgeryChild, Child hearingChild, long reversedPayment,
        long surgery, long hiddenDonorGift) {

    public static final Money OPENING = Money.vnd(1_000_000);
    public static final Money IN = Money.vnd(5_000_000 + 3_000_000 + 2_000_000 + 1_500_000 + 4_000_000 + 300_000);
    public static final Money OUT = Money.vnd(6_000_000 + 2_500_000 + 1_200_000 + 1_000_000);
    public static final Money HELD = OPENING.plus(IN).minus(OUT);
    /** The campaign over every year: its four gifts not reversed, and what they paid for. */
    public static final Money CAMPAIGN_IN = Money.vnd(1_000_000 + 5_000_000 + 3_000_000 + 2_000_000);
    public static final Money CAMPAIGN_OUT = Money.vnd(1_000_000 + 5_000_000 + 1_200_000);
    public static final Money GOODS = Money.vnd(2_500_000);
    public static final String NAMED = "Công ty Bình Minh";
    /** A donor who did not agree to be named: shown as "Nhà hảo tâm", never by this name. */
    public static final String HIDDEN_DONOR = "Trần Thị Kín Tiếng";
    public static final String REVERSED_DONOR = "Người Đã Được Hoàn Tiền";
    public static final String FORMULA_DONOR = "=HYPERLINK(\"http://example.invalid\",\"bấm\")";
    public static final String PLUS_DONOR = "+Hội Phụ nữ";
    public static final String MINUS_DONOR = "-Nhóm thiện nguyện";
    public static final String AT_DONOR = "@Bạn đọc";
    public static final String BOOKS = "Mua sách vở cho điểm trường Ea Súp";
    public static final String PROJECT = "Lớp học Ea Súp — mái tôn";
    /** The words the accountant adds to the project's disbursement: on its ledger line, not in the project's name. */
    public static final String INSTALMENT = "đợt 1";
    public static final String AWAITING = "Khoản chi đang chờ duyệt";
    /** The children's full names, which no public page or download may carry. */
    public static final String SURGERY_CHILD_NAME = "Hờ Thị Hoa Phẫu Thuật";
    public static final String HEARING_CHILD_NAME = "Y Thảo Trợ Thính";
    /** What the accountant typed on the surgery, the child's name in it by a slip: kept for staff, never public. */
    public static final String SURGERY_NOTE = "Mổ tim cho " + SURGERY_CHILD_NAME + ", trường Tiểu học Cư Kty";

    public static PublicLedgerStory tell(PublicLedgerRows rows, FundUnitRef district, FundUnitRef commune,
            CampaignDetails campaign, CampaignDetails otherCampaign, int year) {
        String code = rows.code(district, 1_000_000);
        String accountant = rows.staff(Role.ACCOUNTANT, district, "Đặng Thị Kế Toán");
        String manager = rows.staff(Role.FUND_MANAGER, district, "Vũ Văn Duyệt");
        ProjectDetails project = rows.project(commune, otherCampaign, Programme.DISADVANTAGED_COMMUNES,
                "Lớp học Ea Súp", "Ea Súp classroom", "mái tôn", "tin roof", 10_000_000);
        Child surgeryChild = rows.child(commune, SURGERY_CHILD_NAME, "Hoa", LocalDate.of(2015, 3, 1),
                CircumstanceCategory.SERIOUSLY_ILL_POOR_HOUSEHOLD);
        Child hearingChild = rows.child(commune, HEARING_CHILD_NAME, "Thảo", LocalDate.of(2012, 6, 1),
                CircumstanceCategory.DISABLED);

        long named = rows.donor(district, NAMED, true);
        long hidden = rows.donor(district, HIDDEN_DONOR, false);
        rows.gift(campaign, null, named, LocalDate.of(year - 1, 12, 15), 1_000_000);
        rows.gift(campaign, null, named, LocalDate.of(year, 2, 10), 5_000_000);
        long reversed = rows.gift(campaign, null, rows.donor(district, REVERSED_DONOR, true),
                LocalDate.of(year, 2, 20), 7_000_000);
        long hiddenGift = rows.gift(campaign, null, hidden, LocalDate.of(year, 3, 5), 3_000_000);
        rows.gift(campaign, null, rows.donor(district, FORMULA_DONOR, true), LocalDate.of(year, 3, 6), 2_000_000);
        rows.pay(rows.pledge(otherCampaign, Commitment.donation(Money.vnd(1_500_000), Programme.DISABILITY_SERVICES),
                PLUS_DONOR, true), LocalDate.of(year, 4, 1), 1_500_000);
        rows.pay(rows.pledge(otherCampaign, Commitment.designated(PledgeKind.DONATION, Money.vnd(4_000_000), null,
                project.id()), MINUS_DONOR, true), LocalDate.of(year, 5, 1), 4_000_000);
        rows.gift(null, district, rows.donor(district, AT_DONOR, true), LocalDate.of(year, 11, 30), 300_000);
        rows.goods(district, LocalDate.of(year, 9, 1), 2_500_000, "50 bộ sách giáo khoa lớp 1");
        rows.funded(project.id());

        rows.disburse(accountant, manager, Purpose.GENERAL, null, Pool.Kind.GENERAL, district.id(), 6_000_000,
                LocalDate.of(year, 4, 10), BOOKS);
        rows.disburse(accountant, manager, Purpose.PROJECT, project.budgetLines().getFirst().id(), Pool.Kind.PROJECT,
                null, 2_500_000, LocalDate.of(year, 6, 1), INSTALMENT);
        long surgery = rows.disburse(accountant, manager, Purpose.SUPPORT_CASE, surgeryChild.id(), Pool.Kind.GENERAL,
                district.id(), 1_200_000, LocalDate.of(year, 7, 1), SURGERY_NOTE);
        rows.disburse(accountant, manager, Purpose.SUPPORT_CASE, hearingChild.id(), Pool.Kind.PROGRAMME, district.id(),
                1_000_000, LocalDate.of(year, 8, 1), null);
        rows.disburse(accountant, null, Purpose.GENERAL, null, Pool.Kind.GENERAL, district.id(), 1_500_000,
                LocalDate.of(year, 12, 1), AWAITING);
        // Reversed after the surgery was paid from it: the engine moves that allocation to the next gift.
        rows.reverse(reversed);
        return new PublicLedgerStory(year, district, commune, code, campaign,
                ProjectsNavigation.publicPage(project.slug()), surgeryChild, hearingChild,
                reversed, surgery, hiddenGift);
    }
}
