package org.chungtay.setup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitService.LevelNames;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
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
 * the wards and communes of Buôn Ma Thuột) and one account per role. Created on the first start;
 * the logins are printed at every start.
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
    private final TransactionTemplate transactions;

    DemoData(FundUnitService fundUnits, StaffUserService users, TransactionTemplate transactions) {
        this.fundUnits = fundUnits;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!SystemActor.call(fundUnits::hasRoot)) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> create()));
            LOG.info("Zero-setup mode: demo data created");
        }
        LOG.info("Zero-setup mode: demo logins (password '{}'), not for real data:", PASSWORD);
        LOGINS.forEach(login -> LOG.info("  demo login {} ({}, {})", login.username(), login.role(), login.fundUnit()));
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
