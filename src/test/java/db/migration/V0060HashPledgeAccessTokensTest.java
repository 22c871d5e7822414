package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The token migration on H2 in MySQL mode, as the zero-setup run has it; the ITs run it on MariaDB. */
class V0060HashPledgeAccessTokensTest {

    @Test
    void aPledgeFromBeforeTheMigrationKeepsItsLinkButTheDatabaseForgetsTheToken() throws Exception {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("0030").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        String token = "0123456789abcdef0123456789abcdef0123";
        jdbc.sql("""
                INSERT INTO pledge (reference, access_token, submission_key, campaign_id, fund_unit_id, fund_unit_path,
                  kind, total, frequency, donor_name, contact_name, contact_email, language, status, created_at)
                VALUES ('CT26-ABCD', ?, 'form-key-1234567890', 1, 1, '/1/', 'DONATION', 100000, 'ONE_OFF', 'A', 'A',
                  'a@example.vn', 'vi', 'PLEDGED', CURRENT_TIMESTAMP)""").param(token).update();

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'pledge'")
                .query(String.class).list();
        assertThat(columns).contains("access_token_hash", "access_token_sealed", "submission_key_hash")
                .doesNotContain("access_token", "submission_key");
        // Hibernate validates the schema at start: the entity's String columns must be VARCHAR, not CHAR.
        assertThat(jdbc.sql("SELECT DISTINCT UPPER(data_type) FROM information_schema.columns WHERE table_name = 'pledge'"
                + " AND column_name IN ('access_token_hash', 'access_token_sealed', 'submission_key_hash')")
                .query(String.class).list()).containsExactly("CHARACTER VARYING");
        Map<String, Object> row = jdbc.sql("SELECT * FROM pledge WHERE reference = 'CT26-ABCD'").query().singleRow();
        assertThat(row.get("access_token_hash")).isEqualTo(sha256Hex(token));
        assertThat(row.get("submission_key_hash")).isEqualTo(sha256Hex("form-key-1234567890"));
        assertThat(row.values()).doesNotContain(token, "form-key-1234567890");
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
