-- Delivery of the outbox (DD020). A message is claimed for a lease: claimed_by names the node and batch,
-- claimed_until ends the lease, and next_attempt_at is moved to the same instant, so that a row whose node
-- died comes due again by itself and the claim query stays one range on ix_email_message_due
-- (status, next_attempt_at; InnoDB adds the id). The Message-ID is fixed once, so that a message sent
-- again carries the same one. A temporary failure keeps the message queued until first_failed_at plus the
-- retry window; failure_kind (TEMPORARY or PERMANENT) tells failing mail apart from the rest, for staff.
ALTER TABLE email_message ADD COLUMN message_id VARCHAR(250) NULL;
ALTER TABLE email_message ADD COLUMN claimed_by VARCHAR(100) NULL;
ALTER TABLE email_message ADD COLUMN claimed_until DATETIME(6) NULL;
ALTER TABLE email_message ADD COLUMN last_attempt_at DATETIME(6) NULL;
ALTER TABLE email_message ADD COLUMN first_failed_at DATETIME(6) NULL;
ALTER TABLE email_message ADD COLUMN failure_kind VARCHAR(10) NULL;
-- Failing mail for the staff dashboard: only rows that failed at least once have a failure kind.
CREATE INDEX ix_email_message_failing ON email_message (failure_kind, last_attempt_at);
-- Messages that failed before this migration: treat them like failures of the new kind.
UPDATE email_message SET failure_kind = 'TEMPORARY', last_attempt_at = next_attempt_at
  WHERE status = 'FAILED' OR (status = 'QUEUED' AND attempts > 0);
