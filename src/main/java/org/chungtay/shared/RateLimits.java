package org.chungtay.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.springframework.stereotype.Component;

/**
 * Abuse limits that hold for the whole cluster: bucket4j token buckets kept in the database, one row
 * per limit and subject, changed under a row lock ({@code SELECT … FOR UPDATE}) in a short transaction
 * of its own, so that two nodes never both spend the last token. Callers spend only on what passed
 * validation: a typo never uses up anyone's allowance. Bucket4j ships a MySQL adapter, but not for the
 * versions served here; its core has the generic select-for-update protocol, and this class is the thin
 * JDBC part of it (the same SQL runs on MySQL, MariaDB and H2 in MySQL mode).
 */
@Component
public class RateLimits {

    /** Rows whose bucket has refilled completely are no longer needed; about one call in this many sweeps. */
    private static final int SWEEP_ONE_IN = 200;

    private final DataSource dataSource;
    private final Store store;

    RateLimits(DataSource dataSource) {
        this.dataSource = dataSource;
        this.store = new Store(dataSource);
    }

    /** Spends one unit of the subject's allowance; false (and nothing spent) when it is used up. */
    public boolean tryConsume(RateLimit limit, String subject) {
        sweepNowAndThen();
        return bucket(limit, subject).tryConsume(1);
    }

    /** Whether the subject could spend one unit now, without spending it. */
    public boolean hasRoom(RateLimit limit, String subject) {
        return bucket(limit, subject).getAvailableTokens() >= 1;
    }

    /** How long until the subject may spend one unit again; zero when it may now. */
    public Duration waitBeforeNext(RateLimit limit, String subject) {
        return Duration.ofNanos(bucket(limit, subject).estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private io.github.bucket4j.distributed.BucketProxy bucket(RateLimit limit, String subject) {
        String key = limit.name() + ":" + (subject == null || subject.isBlank() ? "unknown" : subject);
        if (key.length() > 190) {
            key = key.substring(0, 190);
        }
        BucketConfiguration configuration = limit.bucketConfiguration();
        return store.builder().build(key, () -> configuration);
    }

    private void sweepNowAndThen() {
        if (ThreadLocalRandom.current().nextInt(SWEEP_ONE_IN) != 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM rate_limit_bucket WHERE expires_at < ?")) {
            delete.setLong(1, System.currentTimeMillis());
            delete.executeUpdate();
        } catch (SQLException sweepFailed) {
            // the next sweep takes them; limits work the same with stale rows
        }
    }

    /** Bucket4j's select-for-update protocol over plain JDBC, one short transaction per operation. */
    private static final class Store extends AbstractSelectForUpdateBasedProxyManager<String> {

        private final DataSource dataSource;

        Store(DataSource dataSource) {
            super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
            this.dataSource = dataSource;
        }

        @Override
        protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
            Connection connection;
            try {
                connection = dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate limits: no database connection", e);
            }
            ExpirationAfterWriteStrategy expiry = getClientSideConfig().getExpirationAfterWriteStrategy().orElseThrow();
            return new SelectForUpdateBasedTransaction() {

                @Override
                public void begin(Optional<Long> timeout) {
                    // Without gap locks: under REPEATABLE READ two nodes that both miss a new subject's
                    // row would deadlock on inserting it. The pool resets both settings on return.
                    run(() -> {
                        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                        connection.setAutoCommit(false);
                    });
                }

                @Override
                public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                        select.setString(1, key);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("Rate limits: cannot read " + key, e);
                    }
                }

                @Override
                public boolean tryInsertEmptyData(Optional<Long> timeout) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT IGNORE INTO rate_limit_bucket (id, state, expires_at) VALUES (?, NULL, ?)")) {
                        insert.setString(1, key);
                        insert.setLong(2, Long.MAX_VALUE);
                        return insert.executeUpdate() > 0;
                    } catch (SQLException e) {
                        throw new IllegalStateException("Rate limits: cannot create " + key, e);
                    }
                }

                @Override
                public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                    long now = System.currentTimeMillis();
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                        update.setBytes(1, data);
                        update.setLong(2, now + expiry.calculateTimeToLiveMillis(state, now));
                        update.setString(3, key);
                        update.executeUpdate();
                    } catch (SQLException e) {
                        throw new IllegalStateException("Rate limits: cannot write " + key, e);
                    }
                }

                @Override
                public void commit(Optional<Long> timeout) {
                    run(connection::commit);
                }

                @Override
                public void rollback() {
                    run(connection::rollback);
                }

                @Override
                public void release() {
                    run(connection::close);
                }
            };
        }

        @Override
        public boolean isExpireAfterWriteSupported() {
            return true;
        }

        @Override
        public void removeProxy(String key) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_limit_bucket WHERE id = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate limits: cannot remove " + key, e);
            }
        }

        private interface SqlAction {
            void run() throws SQLException;
        }

        private static void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate limits: database error", e);
            }
        }
    }
}
