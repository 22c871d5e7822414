package org.chungtay.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.support.IntegrationTest;
import org.chungtay.support.PortalProcess;
import org.chungtay.support.TestDatabase;
import org.chungtay.support.TestMail;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class OperationsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JavaMailSender mail;

    @Test
    void theHealthProbeIsOpenButTellsNoDetailsToStrangers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "scheduler");
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    @Test
    void mailGoesOutThroughARealSmtpServer() throws Exception {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("no-reply@chungtay.local");
        message.setTo("donor@example.vn");
        message.setSubject("Cảm ơn bạn đã chung tay " + Instant.now());
        message.setText("Xin chân thành cảm ơn.");

        mail.send(message);

        MimeMessage[] received = TestMail.server().getReceivedMessages();
        assertThat(received).anySatisfy(m -> assertThat(m.getSubject()).isEqualTo(message.getSubject()));
    }

    @Test
    void twoNodesOnOneDatabaseBothJoinTheSchedulerCluster() throws Exception {
        try (PortalProcess second = PortalProcess.start(TestDatabase.url())) {
            long deadline = System.currentTimeMillis() + 180_000;
            long instances = 0;
            while (instances < 2 && second.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
                instances = jdbc.sql("SELECT count(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'chungtay'"
                        + " AND LAST_CHECKIN_TIME > ?").param(System.currentTimeMillis() - 30_000)
                        .query(Long.class).single();
            }
            assertThat(instances).as(second.output()).isEqualTo(2);
        }
    }

    @Test
    void aSchemaFromANewerVersionStopsTheStartWithOneClearSentence() throws Exception {
        String url = TestDatabase.urlOfSchema("chungtay_future_" + System.nanoTime());
        DriverManagerDataSource database = new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        JdbcClient.create(database).sql("""
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, installed_on, execution_time, success)
                SELECT max(installed_rank) + 1, '9999', 'from the future', 'SQL', 'V9999__from_the_future.sql', 0,
                    'test', now(), 0, 1 FROM flyway_schema_history""").update();

        assertStartFailsWithOneClearSentence(url, "the database schema is newer than this version of Chung Tay");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneClearSentence() throws Exception {
        assertStartFailsWithOneClearSentence("jdbc:mysql://127.0.0.1:1/chungtay?connectTimeout=2000",
                "the database at DB_URL cannot be reached");
    }

    private static void assertStartFailsWithOneClearSentence(String dbUrl, String sentence) throws Exception {
        try (PortalProcess node = PortalProcess.start(dbUrl)) {
            assertThat(node.awaitExit(Duration.ofSeconds(180))).isEqualTo(1);
            assertThat(node.output()).contains(sentence).doesNotContain("\tat org.");
        }
    }
}
