-- What a message is about, for the delivery log and for scoping it to fund units (all null for messages
-- queued before): the donor it is written to, the campaign it concerns, the fund unit that signs it.
ALTER TABLE email_message ADD COLUMN donor_id BIGINT NULL;
ALTER TABLE email_message ADD COLUMN campaign_id BIGINT NULL;
ALTER TABLE email_message ADD COLUMN fund_unit_id BIGINT NULL;
-- The List-Unsubscribe header of a non-transactional message (RFC 2369, RFC 8058), fixed when it is queued.
ALTER TABLE email_message ADD COLUMN list_unsubscribe VARCHAR(1000) NULL;
CREATE INDEX ix_email_message_donor ON email_message (donor_id, created_at);
CREATE INDEX ix_email_message_campaign ON email_message (campaign_id, created_at);
-- Files sent with a message, such as a receipt's PDF, stored with it so that what is sent is what was decided.
CREATE TABLE email_attachment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT fk_email_attachment_message FOREIGN KEY (message_id) REFERENCES email_message (id)
);
-- Keys that sign links in emails (unsubscribe, preferences). Made on first use by whichever node comes
-- first; every node reads the same one.
CREATE TABLE signing_key (
  name VARCHAR(40) PRIMARY KEY,
  secret VARBINARY(64) NOT NULL,
  created_at DATETIME(6) NOT NULL
);
