package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Pledge confirmation tokens at rest only as SHA-256 hashes, and submission keys too; the token is
 * also kept sealed with a pad derived from the submission key (see pledges.AccessTokens), so that a
 * resubmitted form still gets its address back. In Java because SHA-256 of a column is not written
 * the same way on MySQL, MariaDB and H2. Self-contained on purpose: a migration must keep doing
 * exactly this even when the application's code changes.
 */
public class V0060__hash_pledge_access_tokens extends BaseJavaMigration {

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE pledge ADD COLUMN access_token_hash VARCHAR(64) NULL");
            ddl.execute("ALTER TABLE pledge ADD COLUMN submission_key_hash VARCHAR(64) NULL");
            ddl.execute("ALTER TABLE pledge ADD COLUMN access_token_sealed VARCHAR(36) NULL");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, access_token, submission_key FROM pledge");
                PreparedStatement update = connection.prepareStatement("UPDATE pledge SET access_token_hash = ?,"
                        + " submission_key_hash = ?, access_token_sealed = ? WHERE id = ?")) {
            while (rows.next()) {
                String token = rows.getString("access_token");
                String key = rows.getString("submission_key");
                update.setString(1, HEX.formatHex(sha256(token)));
                update.setString(2, key == null ? null : HEX.formatHex(sha256(key)));
                update.setString(3, key == null || !token.matches("[0-9a-f]{36}") ? null : sealed(token, key));
                update.setLong(4, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE pledge MODIFY COLUMN access_token_hash VARCHAR(64) NOT NULL");
            ddl.execute("CREATE UNIQUE INDEX uq_pledge_access_token_hash ON pledge (access_token_hash)");
            ddl.execute("CREATE UNIQUE INDEX uq_pledge_submission_key_hash ON pledge (submission_key_hash)");
            ddl.execute("ALTER TABLE pledge DROP COLUMN access_token");
            ddl.execute("ALTER TABLE pledge DROP COLUMN submission_key");
        }
    }

    private static String sealed(String token, String key) throws Exception {
        byte[] bytes = HEX.parseHex(token);
        byte[] pad = sha256("pledge-token-seal:" + key);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] ^= pad[i];
        }
        return HEX.formatHex(bytes);
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
