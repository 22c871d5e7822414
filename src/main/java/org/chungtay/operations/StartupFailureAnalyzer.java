package org.chungtay.operations;

import java.net.ConnectException;
import java.sql.SQLException;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two start-up failures an operator meets most into one clear sentence each: the
 * database cannot be reached, or its schema was migrated by a newer version of Chung Tay.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FlywayValidateException validation
                    && validation.getMessage() != null
                    && validation.getMessage().contains("not resolved locally")) {
                return new FailureAnalysis(
                        "Chung Tay cannot start: the database schema is newer than this version of Chung Tay.",
                        "Run the newer version of Chung Tay that migrated this database, or restore a backup "
                                + "taken before the upgrade.",
                        failure);
            }
            if (cause instanceof ConnectException || isConnectionFailure(cause)) {
                return new FailureAnalysis(
                        "Chung Tay cannot start: the database at DB_URL cannot be reached (" + rootMessage(cause) + ").",
                        "Check that the database server is running and that DB_URL, DB_USER and DB_PASSWORD are right.",
                        failure);
            }
        }
        return null;
    }

    /** SQLSTATE class 08 is "connection exception"; 28000 is a refused login. */
    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("28000"));
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
