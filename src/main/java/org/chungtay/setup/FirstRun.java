package org.chungtay.setup;

import java.util.Arrays;
import java.util.List;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitService.LevelNames;
import org.chungtay.people.IssuedPassword;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start on an empty database: names the levels of the fund tree, creates its root and
 * one administrator with a temporary password, printed once. When several nodes start at once,
 * the first to commit wins and the others find the tree there.
 */
@Component
class FirstRun implements ApplicationRunner {

    static final String DEFAULT_ROOT = "Quỹ Bảo trợ trẻ em";
    static final String DEFAULT_LEVELS = "Tỉnh|Province;Xã|Commune";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private final FundUnitService fundUnits;
    private final StaffUserService users;
    private final TransactionTemplate transactions;
    private final String rootName;
    private final String levels;
    private final String adminEmail;

    FirstRun(FundUnitService fundUnits, StaffUserService users, TransactionTemplate transactions,
            @Value("${FUND_ROOT_NAME:}") String rootName, @Value("${FUND_LEVELS:}") String levels,
            @Value("${ADMIN_EMAIL:admin@chungtay.local}") String adminEmail) {
        this.fundUnits = fundUnits;
        this.users = users;
        this.transactions = transactions;
        this.rootName = rootName.isBlank() ? DEFAULT_ROOT : rootName;
        this.levels = levels.isBlank() ? DEFAULT_LEVELS : levels;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (fundUnits.hasRoot()) {
                return;
            }
            try {
                IssuedPassword admin = transactions.execute(status -> {
                    fundUnits.defineLevels(parseLevels(levels));
                    FundUnitRef root = fundUnits.createRoot(rootName);
                    return users.create("admin", new StaffDetails("Administrator", adminEmail, Role.ADMIN, root.id()));
                });
                LOG.warn("First start: fund tree '{}' created with administrator '{}' and temporary password '{}'."
                        + " Sign in and choose a new password now; this password is not shown again.",
                        rootName, admin.username(), admin.password());
            } catch (DataIntegrityViolationException | UserFacingException anotherNodeWasFirst) {
                LOG.info("First-run setup was done by another node");
            }
        });
    }

    /** {@code Tỉnh|Province;Xã|Commune}: levels root first, each as Vietnamese|English. */
    static List<LevelNames> parseLevels(String spec) {
        return Arrays.stream(spec.split(";"))
                .map(String::strip)
                .filter(level -> !level.isEmpty())
                .map(level -> {
                    String[] names = level.split("\\|", 2);
                    return new LevelNames(names[0], names.length > 1 ? names[1] : names[0]);
                })
                .toList();
    }
}
