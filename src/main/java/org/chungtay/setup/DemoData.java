package org.chungtay.setup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.OccasionWindow;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorDetails;
import org.chungtay.donors.DonorQuery;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitService.LevelNames;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.TaxCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo world of zero-setup mode: Đắk Lắk's fund tree as it stood in 2020 (province, districts,
 * the wards and communes of Buôn Ma Thuột), one account per role, the province's campaigns around
 * the day of the first start (the last Month of Action and Mid-Autumn closed, the coming Tết scheduled
 * or collecting, a winter clothes drive collecting now) and a dozen donors around Buôn Ma Thuột. The
 * donors' names are made up and their tax codes, though they pass the check digit, lie in a range no
 * real enterprise of the province uses. The province, Buôn Ma Thuột and Phường Tân Lợi, the units of the
 * demo logins, have their receipt and bank settings (made-up signatories; only the province a made-up tax
 * code). Created on the first start (donors and settings also on a demo database that has none yet); the
 * logins are printed at every start.
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    /** The contact of the demo business that sponsors children, who signs in to the donor portal in the demo. */
    static final String DEMO_DONOR_EMAIL = "thuha@hatngocbanme.example";

    static final String PASSWORD = "chungtay-demo";
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Quản trị hệ thống", "admin@chungtay.demo", Role.ADMIN, "Tỉnh Đắk Lắk"),
            new DemoLogin("manager", "Nguyễn Thị Lan", "lan.nguyen@chungtay.demo", Role.FUND_MANAGER, "Tỉnh Đắk Lắk"),
            new DemoLogin("accountant", "Lê Thị Hoa", "hoa.le@chungtay.demo", Role.ACCOUNTANT, "Tỉnh Đắk Lắk"),
            new DemoLogin("staff", "Trần Văn Minh", "minh.tran@chungtay.demo", Role.FUND_STAFF,
                    "Thành phố Buôn Ma Thuột"),
            new DemoLogin("caseworker", "H’Nhi Êban", "hnhi.eban@chungtay.demo", Role.CASEWORKER, "Phường Tân Lợi"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final ReceivingAccount PROVINCE_ACCOUNT = new ReceivingAccount("970436", "0621000456789",
            "QUY BAO TRO TRE EM TINH DAK LAK");

    private final FundUnitService fundUnits;
    private final FundUnitSettingsService fundSettings;
    private final StaffUserService users;
    private final CampaignService campaigns;
    private final CampaignCalendar calendar;
    private final DonorService donors;
    private final TransactionTemplate transactions;

    DemoData(FundUnitService fundUnits, FundUnitSettingsService fundSettings, StaffUserService users,
            CampaignService campaigns, CampaignCalendar calendar, DonorService donors, TransactionTemplate transactions) {
        this.fundUnits = fundUnits;
        this.fundSettings = fundSettings;
        this.users = users;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.donors = donors;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!SystemActor.call(fundUnits::hasRoot)) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> create()));
            LOG.info("Zero-setup mode: demo data created");
        }
        if (SystemActor.call(() -> donors.count(DonorQuery.ALL)) == 0) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> createDonors()));
            LOG.info("Zero-setup mode: demo donors created");
        }
        if (SystemActor.call(fundSettings::subtreeSettings).isEmpty()) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> createSettings()));
            LOG.info("Zero-setup mode: demo receipt and bank settings created");
        }
        LOG.info("Zero-setup mode: demo logins (password '{}'), not for real data:", PASSWORD);
        LOGINS.forEach(login -> LOG.info("  demo login {} ({}, {})", login.username(), login.role(), login.fundUnit()));
        LOG.info("  demo donor {} (a business's contact): ask for a link at /donor/sign-in; it arrives in the captured"
                + " mail, /staff/mail/captured (as admin)", DEMO_DONOR_EMAIL);
    }

    private void create() {
        fundUnits.defineLevels(List.of(new LevelNames("Tỉnh", "Province"), new LevelNames("Huyện", "District"),
                new LevelNames("Xã", "Commune")));
        Map<String, FundUnitRef> byName = new HashMap<>();
        for (CSVRecord row : fundTree()) {
            String name = row.get("name");
            String parent = row.get("parent");
            byName.put(name, parent.isBlank() ? fundUnits.createRoot(name)
                    : fundUnits.create(byName.get(parent).id(), name));
        }
        for (DemoLogin login : LOGINS) {
            users.provision(login.username(), new StaffDetails(login.fullName(), login.email(), login.role(),
                    byName.get(login.fundUnit()).id()), PASSWORD);
        }
        createCampaigns(byName.get("Tỉnh Đắk Lắk"));
    }

    /**
     * Campaigns placed around today with the campaign calendar, scheduled and then moved on their dates by
     * the same work the daily job does: past ones end up closed, current ones collecting.
     */
    private void createCampaigns(FundUnitRef province) {
        LocalDate today = CampaignCalendar.today();
        OccasionWindow monthOfAction = lastEnded(CampaignKind.MONTH_OF_ACTION, today);
        schedule(new CampaignDraft(CampaignKind.MONTH_OF_ACTION, province.id(),
                "Tháng hành động vì trẻ em " + monthOfAction.year() + " – Đắk Lắk",
                "Month of Action for Children " + monthOfAction.year() + " – Đắk Lắk",
                "Chung tay vì trẻ em có hoàn cảnh đặc biệt ở Đắk Lắk: học bổng, xe đạp đến trường, "
                        + "chăm sóc sức khỏe và phòng, chống xâm hại trẻ em.",
                "Joining hands for children in special circumstances in Đắk Lắk: scholarships, bicycles for "
                        + "school, health care and the prevention of child abuse.",
                Money.vnd(2_000_000_000L), monthOfAction.start(), monthOfAction.end(), PROVINCE_ACCOUNT, null));
        OccasionWindow midAutumn = lastEnded(CampaignKind.MID_AUTUMN, today);
        schedule(new CampaignDraft(CampaignKind.MID_AUTUMN, province.id(), "Trung thu cho em " + midAutumn.year(),
                "Mid-Autumn for every child " + midAutumn.year(),
                "Quà Trung thu, đèn lồng và bánh cho trẻ em các buôn đồng bào dân tộc thiểu số.",
                "Mid-Autumn gifts, lanterns and mooncakes for children of ethnic-minority villages.",
                Money.vnd(300_000_000L), midAutumn.start(), midAutumn.end(), PROVINCE_ACCOUNT, null));
        OccasionWindow tet = calendar.occasionOf(CampaignKind.TET, today).orElseThrow();
        schedule(new CampaignDraft(CampaignKind.TET, province.id(), "Tết yêu thương " + tet.year(),
                "Tết of love " + tet.year(),
                "Quà Tết cho trẻ em mồ côi, trẻ em khuyết tật và trẻ em nghèo trong tỉnh trước đêm giao thừa.",
                "Tết gifts for orphans, children with disabilities and poor children of the province before "
                        + "New Year’s Eve.",
                Money.vnd(1_500_000_000L), tet.start(), tet.end(), PROVINCE_ACCOUNT, null));
        schedule(new CampaignDraft(CampaignKind.OTHER, province.id(), "Áo ấm cho em vùng cao",
                "Warm clothes for highland children",
                "Áo ấm, chăn và giày cho học sinh các điểm trường vùng cao trong mùa lạnh.",
                "Warm clothes, blankets and shoes for pupils of highland schools in the cold season.",
                Money.vnd(250_000_000L), today.minusDays(10), today.plusDays(50), PROVINCE_ACCOUNT, null));
        campaigns.openAndCloseDue(today);
    }

    private void schedule(CampaignDraft draft) {
        CampaignDetails created = campaigns.create(draft);
        campaigns.schedule(created.id());
    }

    private OccasionWindow lastEnded(CampaignKind kind, LocalDate today) {
        int year = today.getYear();
        OccasionWindow window = calendar.window(kind, year).orElseThrow();
        return window.end().isBefore(today) ? window : calendar.window(kind, year - 1).orElseThrow();
    }

    private void createDonors() {
        Map<String, Long> units = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::name, FundUnitRef::id, (first, second) -> first));
        Function<String, Long> unit = name -> {
            Long id = units.get(name);
            if (id == null) {
                throw new IllegalStateException("Demo fund unit missing: " + name);
            }
            return id;
        };
        Set<ConsentCategory> both = Set.of(ConsentCategory.PROGRESS_UPDATES, ConsentCategory.APPEALS);
        Set<ConsentCategory> progress = Set.of(ConsentCategory.PROGRESS_UPDATES);
        String bmt = ", thành phố Buôn Ma Thuột, tỉnh Đắk Lắk";

        donors.create(unit.apply("Tỉnh Đắk Lắk"), organisation("Công ty TNHH Cà phê Hạt Ngọc Ban Mê",
                "6009991003", Sector.ENTERPRISE, "112 Nguyễn Tất Thành, phường Tân Lợi" + bmt, "Lê Quang Vinh",
                "Giám đốc", true, new ContactDetails("Phạm Thị Thu Hà", "Kế toán trưởng",
                        DEMO_DONOR_EMAIL, "0912 345 001")), progress);
        donors.create(unit.apply("Huyện Krông Pắc"), organisation("Công ty Cổ phần Nông sản Xanh Krông Pắc",
                "6009991010", Sector.ENTERPRISE, "Km 32 Quốc lộ 26, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
                "Y Bhin Niê", "Chủ tịch Hội đồng quản trị", false, new ContactDetails("Võ Thị Hạnh", "Trưởng phòng hành chính",
                        "hanh.vo@nongsanxanh.example", "0262 3521 468")), Set.of());
        donors.create(unit.apply("Thành phố Buôn Ma Thuột"), organisation(
                "Ngân hàng TMCP Cao Nguyên Thịnh Vượng – Chi nhánh Đắk Lắk", "6009991028-001",
                Sector.BANK_FINANCE, "45 Lê Duẩn, phường Tân Tiến" + bmt, "Nguyễn Đức Thắng", "Giám đốc chi nhánh",
                true, new ContactDetails("Trịnh Ngọc Ánh", "Phó phòng khách hàng doanh nghiệp",
                        "anh.trinh@caonguyenbank.example", "+84 905 700 112"),
                new ContactDetails("Bùi Văn Toàn", "Bí thư Đoàn thanh niên", null, "0935 224 880")), both);
        donors.create(unit.apply("Phường Ea Tam"), organisation("Công ty TNHH MTV Cấp thoát nước Ea Tam",
                "6009991035", Sector.STATE_OWNED, "18 Y Moan Ênuôl, phường Ea Tam" + bmt, "Hoàng Văn Sơn",
                "Tổng giám đốc", false), Set.of());
        donors.create(unit.apply("Huyện Krông Pắc"), organisation("Hợp tác xã Sầu riêng Ea Knuếc", "6009991042",
                Sector.OTHER, "Thôn 6, xã Ea Knuếc, huyện Krông Pắc, tỉnh Đắk Lắk", "H’Xuân Mlô", "Giám đốc",
                true), progress);
        donors.create(unit.apply("Thành phố Buôn Ma Thuột"), organisation("Hội Doanh nhân trẻ Buôn Ma Thuột", null,
                Sector.ASSOCIATION_UNION, "30 Phan Bội Châu, phường Thắng Lợi" + bmt, "Đỗ Minh Tuấn", "Chủ tịch",
                true, new ContactDetails("Lý Thanh Trúc", "Thư ký", "truc.ly@doanhnhantre-bmt.example", null)),
                both);
        donors.create(unit.apply("Thành phố Buôn Ma Thuột"), organisation("Trường THPT Hoa Pơ Lang", "6009991067",
                Sector.SCHOOL, "Xã Hòa Thắng" + bmt, "Ngô Thị Lệ", "Hiệu trưởng", false), Set.of());
        donors.create(unit.apply("Phường Tân Lợi"), organisation("Nhóm thiện nguyện Hạt Cà Phê Nhỏ", null,
                Sector.NGO, "Phường Tân Lợi" + bmt, null, null, true), both);
        donors.create(unit.apply("Thành phố Buôn Ma Thuột"), new IndividualDetails("Nguyễn Văn Hùng",
                "hung.nguyenvan@example.com", "0905 123 456", "Phường Tân Lập" + bmt, "vi", true), both);
        donors.create(unit.apply("Thị xã Buôn Hồ"), new IndividualDetails("Trần Thị Mai Anh",
                "maianh.tran@example.com", null, "Phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk", "vi", false), Set.of());
        donors.create(unit.apply("Phường Tân Lợi"), new IndividualDetails("H’Linh Niê", "hlinh.nie@example.com",
                "0978 650 321", "Buôn Ako Dhong, phường Tân Lợi" + bmt, "vi", false), progress);
        donors.create(unit.apply("Tỉnh Đắk Lắk"), new IndividualDetails("Đặng Minh Khoa", "khoa.dang@example.com",
                null, null, "en", true), both);
        // An online pledge that named a known tax code: it waits for staff as a claim.
        donors.registerFromPledge(unit.apply("Tỉnh Đắk Lắk"), organisation("Cà phê Hạt Ngọc Ban Mê", "6009991003",
                Sector.ENTERPRISE, "112 Nguyễn Tất Thành, Buôn Ma Thuột", null, null, true,
                new ContactDetails("Đinh Công Lực", "Trưởng phòng nhân sự", "luc.dinh@hatngocbanme.example",
                        "0914 778 902")), both, ConsentSource.ONLINE_PLEDGE_FORM);
    }

    /** The units of the demo logins issue receipts; their codes nest as the tree does. */
    private void createSettings() {
        Map<String, Long> units = fundUnits.subtree().stream()
                .collect(Collectors.toMap(FundUnitRef::name, FundUnitRef::id, (first, second) -> first));
        String bmt = ", thành phố Buôn Ma Thuột, tỉnh Đắk Lắk";
        settings(units, "Tỉnh Đắk Lắk", new FundUnitSettingsEntry("DL", "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk",
                "25 Phan Bội Châu, phường Thắng Lợi" + bmt, "6009992007", "Phạm Văn Đức", "Giám đốc", ReceiptPaper.A5,
                true, Money.vnd(22_000), null));
        settings(units, "Thành phố Buôn Ma Thuột", new FundUnitSettingsEntry("DL-BMT",
                "Quỹ Bảo trợ trẻ em thành phố Buôn Ma Thuột", "08 Lê Thánh Tông, phường Thắng Lợi" + bmt, null,
                "Trần Thị Thu Hằng", "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null));
        settings(units, "Phường Tân Lợi", new FundUnitSettingsEntry("DL-BMT-TL", "Quỹ Bảo trợ trẻ em phường Tân Lợi",
                "141 Phan Chu Trinh, phường Tân Lợi" + bmt, null, "Y Khuê Mlô", "Chủ tịch", ReceiptPaper.A5, true,
                Money.ZERO, null));
    }

    private void settings(Map<String, Long> units, String unitName, FundUnitSettingsEntry entry) {
        Long unit = units.get(unitName);
        if (unit == null) {
            throw new IllegalStateException("Demo fund unit missing: " + unitName);
        }
        if (fundSettings.settings(unit).isEmpty()) {
            fundSettings.saveSettings(unit, entry);
        }
    }

    private static DonorDetails organisation(String name, String taxCode, Sector sector, String address,
            String representative, String title, boolean mayBeNamed, ContactDetails... contacts) {
        return new OrganisationDetails(name, taxCode == null ? null : TaxCode.parse(taxCode), sector, address,
                representative, title, List.of(contacts), "vi", mayBeNamed);
    }

    private static List<CSVRecord> fundTree() {
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("demo/daklak-fund-units-2020.csv").getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Demo fund tree missing from the build", e);
        }
    }

    record DemoLogin(String username, String fullName, String email, Role role, String fundUnit) {
    }
}
