package org.chungtay.setup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
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
 * the wards and communes of Buôn Ma Thuột), one account per role, and a dozen donors around Buôn Ma
 * Thuột. The donors' names are made up and their tax codes, though they pass the check digit, lie in
 * a range no real enterprise of the province uses. Created on the first start (donors also on a
 * demo database that has none yet); the logins are printed at every start.
 */
@Component
@Conditional(ZeroSetup.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "chungtay-demo";
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Quản trị hệ thống", "admin@chungtay.demo", Role.ADMIN, "Tỉnh Đắk Lắk"),
            new DemoLogin("manager", "Nguyễn Thị Lan", "lan.nguyen@chungtay.demo", Role.FUND_MANAGER, "Tỉnh Đắk Lắk"),
            new DemoLogin("accountant", "Lê Thị Hoa", "hoa.le@chungtay.demo", Role.ACCOUNTANT, "Tỉnh Đắk Lắk"),
            new DemoLogin("staff", "Trần Văn Minh", "minh.tran@chungtay.demo", Role.FUND_STAFF,
                    "Thành phố Buôn Ma Thuột"),
            new DemoLogin("caseworker", "H’Nhi Êban", "hnhi.eban@chungtay.demo", Role.CASEWORKER, "Phường Tân Lợi"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final FundUnitService fundUnits;
    private final StaffUserService users;
    private final DonorService donors;
    private final TransactionTemplate transactions;

    DemoData(FundUnitService fundUnits, StaffUserService users, DonorService donors,
            TransactionTemplate transactions) {
        this.fundUnits = fundUnits;
        this.users = users;
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
        StringBuilder table = new StringBuilder("\n\n  Chung Tay demo logins (zero-setup mode only), password: ")
                .append(PASSWORD).append('\n');
        LOGINS.forEach(login -> table.append(String.format("    %-12s %-14s %s%n", login.username(),
                login.role(), login.fundUnit())));
        LOG.info(table.toString());
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
                        "thuha@hatngocbanme.example", "0912 345 001")), progress);
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
