-- The transactional outbox: every email, rendered, with its delivery state.
CREATE TABLE email_message (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dedup_key VARCHAR(190) NULL,
  category VARCHAR(20) NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  language VARCHAR(5) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body_text TEXT NOT NULL,
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NULL,
  last_error VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_email_message_dedup UNIQUE (dedup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_email_message_due ON email_message (status, next_attempt_at);
