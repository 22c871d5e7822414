-- Addresses that get no appeals or progress news (non-transactional mail) any more: mail to them came back
-- for good, or their owner complained. One row per address; lifting deletes it (the audit trail keeps it).
CREATE TABLE mail_suppression (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  address VARCHAR(254) NOT NULL,
  reason VARCHAR(20) NOT NULL,
  source VARCHAR(20) NOT NULL,
  suppressed_at DATETIME(6) NOT NULL,
  suppressed_by VARCHAR(60) NOT NULL,
  note VARCHAR(500) NULL,
  CONSTRAINT uq_mail_suppression_address UNIQUE (address)
);
CREATE INDEX ix_mail_suppression_time ON mail_suppression (suppressed_at);
