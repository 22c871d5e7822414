package org.chungtay.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.support.PortalProcess;
import org.chungtay.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a node starts, seen from outside as an operator sees it: a separate process configured only by
 * environment variables, and what it writes on its console.
 */
@Execution(ExecutionMode.CONCURRENT)
class FirstStartIT {

    private static final Duration START = Duration.ofSeconds(240);
    private static final Path PROJECT = Path.of(".");
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*", Pattern.MULTILINE);

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void withoutDbUrlANodeRefusesToStartWithOneLineUnlessTheDemoIsAskedForByName(@TempDir Path folder)
            throws Exception {
        try (PortalProcess node = PortalProcess.start(Map.of(), folder)) {
            assertThat(node.awaitExit(START)).as(node.output()).isEqualTo(1);
            assertThat(node.output().lines().filter(line -> line.contains("Chung Tay cannot start")))
                    .singleElement().asString()
                    .contains("DB_URL is not set, and the demo was not asked for", "CHUNGTAY_DEMO=true");
            assertThat(node.output()).doesNotContain("\tat org.", "demo login");
        }
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void withCHUNGTAY_DEMOTheZeroSetupDemoStartsOnItsOwnFileDatabase(@TempDir Path folder) throws Exception {
        // In the project's folder, as ./mvnw spring-boot:run starts it, but with the H2 file in a folder of its own.
        String h2 = "jdbc:h2:file:" + folder.resolve("data/chungtay") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE";
        try (PortalProcess node = PortalProcess.start(Map.of("CHUNGTAY_DEMO", "true", "SPRING_DATASOURCE_URL", h2,
                "SMTP_PORT", String.valueOf(freePort())), PROJECT)) {
            assertThat(node.awaitOutput("demo login admin", START)).as(node.output()).isTrue();
        }
        assertThat(folder.resolve("data")).isDirectory();
    }

    @Test
    void aFirstStartGivesTheAdministratorTheAdminPasswordToChangeAtFirstSignInAndNeverWritesIt() throws Exception {
        String password = "Hoa-Sen-Giua-Dam-2027";
        String url = TestDatabase.urlOfSchema("chungtay_first_" + System.nanoTime());
        try (PortalProcess node = PortalProcess.start(configured(url, Map.of("ADMIN_PASSWORD", password)), PROJECT)) {
            assertThat(node.awaitOutput("the password in ADMIN_PASSWORD", START)).as(node.output()).isTrue();
            assertThat(node.output()).doesNotContain(password);
        }
        Admin admin = admin(url);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void withoutAdminPasswordTheTemporaryPasswordIsPrintedOnceOnTheConsoleAndNotLogged() throws Exception {
        String url = TestDatabase.urlOfSchema("chungtay_first_" + System.nanoTime());
        String output;
        try (PortalProcess node = PortalProcess.start(configured(url, Map.of()), PROJECT)) {
            assertThat(node.awaitOutput("this password is not shown again", START)).as(node.output()).isTrue();
            output = node.output();
        }
        Matcher printed = Pattern.compile("^First start: .* temporary password '([^']+)'", Pattern.MULTILINE)
                .matcher(output);
        assertThat(printed.find()).as(output).isTrue();
        String password = printed.group(1);
        assertThat(output.split(Pattern.quote(password), -1)).hasSize(2);
        assertThat(LOG_LINE.matcher(output).results().map(line -> line.group()))
                .noneMatch(line -> line.contains(password));
        Admin admin = admin(url);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void aWeakAdminPasswordStopsTheFirstStartWithOneClearSentence() throws Exception {
        String url = TestDatabase.urlOfSchema("chungtay_first_" + System.nanoTime());
        try (PortalProcess node = PortalProcess.start(configured(url, Map.of("ADMIN_PASSWORD", "matkhau1")),
                PROJECT)) {
            assertThat(node.awaitExit(START)).as(node.output()).isEqualTo(1);
            assertThat(node.output())
                    .contains("Chung Tay cannot start: ADMIN_PASSWORD is refused: A password needs at least 10 characters.")
                    .doesNotContain("\tat org.");
        }
    }

    private static Map<String, String> configured(String url, Map<String, String> more) {
        Map<String, String> settings = PortalProcess.settings(url);
        settings.putAll(more);
        return settings;
    }

    private static Admin admin(String url) {
        return JdbcClient.create(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()))
                .sql("SELECT password_hash, must_change_password FROM staff_user WHERE username = 'admin'")
                .query(Admin.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Admin(String passwordHash, boolean mustChangePassword) {
    }
}
