-- Abuse limits shared by every node: one bucket4j token bucket per limit and subject (RateLimits).
CREATE TABLE rate_limit_bucket (
  id VARCHAR(190) NOT NULL PRIMARY KEY,
  state BLOB NULL,
  -- Epoch milliseconds after which the bucket is full again and the row can go.
  expires_at BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
