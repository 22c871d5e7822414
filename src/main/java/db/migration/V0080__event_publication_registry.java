package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The table of Spring Modulith's JDBC event publication registry (its schema version 2): an event for an
 * after-commit listener is written here in the publishing transaction and marked completed when the
 * listener has run, so a node that dies in between loses nothing. In Java because the registry reads the
 * id as a UUID on H2 and as text on MySQL and MariaDB, and upper case because it names the table so on
 * case-sensitive MySQL file systems. Self-contained on purpose, like every migration.
 */
public class V0080__event_publication_registry extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
        String id = h2 ? "UUID" : "VARCHAR(36)";
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE EVENT_PUBLICATION ("
                    + " ID " + id + " NOT NULL,"
                    + " LISTENER_ID VARCHAR(512) NOT NULL,"
                    + " EVENT_TYPE VARCHAR(512) NOT NULL,"
                    + " SERIALIZED_EVENT VARCHAR(4000) NOT NULL,"
                    + " PUBLICATION_DATE TIMESTAMP(6) NOT NULL,"
                    + " COMPLETION_DATE TIMESTAMP(6) NULL,"
                    + " STATUS VARCHAR(20) NULL,"
                    + " COMPLETION_ATTEMPTS INT NULL,"
                    + " LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,"
                    + " PRIMARY KEY (ID))" + (h2 ? "" : " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"));
            ddl.execute("CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE)");
        }
    }
}
