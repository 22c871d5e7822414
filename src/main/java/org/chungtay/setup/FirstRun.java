package org.chungtay.setup;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitService.LevelNames;
import org.chungtay.people.IssuedPassword;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.StartRefused;
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
 * one administrator, whose temporary password is ADMIN_PASSWORD if the operator set it (never logged),
 * or else generated and printed once on the console. Either way it must be changed at first sign-in. When several nodes start at once,
 * the first to commit wins and the others find the tree there.
 */
@Component
class FirstRun implements ApplicationRunner {

    static final String DEFAULT_ROOT = "Quỹ Bảo trợ trẻ em";
    static final String DEFAULT_LEVELS = "Tỉnh|Province;Xã|Commune";
    private static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private final FundUnitService fundUnits;
    private final StaffUserService users;
    private final TransactionTemplate transactions;
    private final String rootName;
    private final String levels;
    private final String adminEmail;
    private final String adminPassword;

    FirstRun(FundUnitService fundUnits, StaffUserService users, TransactionTemplate transactions,
            @Value("${FUND_ROOT_NAME:}") String rootName, @Value("${FUND_LEVELS:}") String levels,
            @Value("${ADMIN_EMAIL:admin@chungtay.local}") String adminEmail,
            @Value("${ADMIN_PASSWORD:}") String adminPassword) {
        this.fundUnits = fundUnits;
        this.users = users;
        this.transactions = transactions;
        this.rootName = rootName.isBlank() ? DEFAULT_ROOT : rootName;
        this.levels = levels.isBlank() ? DEFAULT_LEVELS : levels;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (fundUnits.hasRoot()) {
                return;
            }
            IssuedPassword admin;
            try {
                admin = transactions.execute(status -> {
                    fundUnits.defineLevels(parseLevels(levels));
                    FundUnitRef root = fundUnits.createRoot(rootName);
                    StaffDetails details = new StaffDetails("Administrator", adminEmail, Role.ADMIN, root.id());
                    return adminPassword.isEmpty() ? users.create(ADMIN, details)
                            : users.create(ADMIN, details, adminPassword);
                });
            } catch (UserFacingException problem) {
                if (problem.messageKey().startsWith("password.")) {
                    throw new StartRefused("ADMIN_PASSWORD is refused: " + inEnglish(problem),
                            "Choose another ADMIN_PASSWORD, or leave it unset to have a temporary password printed "
                                    + "once on the console.");
                }
                LOG.info("First-run setup was done by another node");
                return;
            } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                LOG.info("First-run setup was done by another node");
                return;
            }
            if (adminPassword.isEmpty()) {
                // On the console only, not through the logger: log files and log shippers keep what they
                // are given, and anyone who can read them could sign in before the administrator does.
                System.out.printf("%nFirst start: fund tree '%s' created with administrator '%s' and temporary"
                        + " password '%s'.%nSign in and choose a new password now; this password is not shown"
                        + " again.%n%n", rootName, admin.username(), admin.password());
            } else {
                LOG.info("First start: fund tree '{}' created with administrator '{}' and the password in "
                        + "ADMIN_PASSWORD, which must be changed at the first sign-in", rootName, admin.username());
            }
        });
    }

    private static String inEnglish(UserFacingException problem) {
        ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
        return new MessageFormat(english.getString(problem.messageKey()), Locale.ENGLISH).format(problem.arguments());
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
