-- Money in: payments recorded by accountants, and their reversals (a payment is never edited or deleted).
CREATE TABLE payment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  campaign_id BIGINT NULL,
  pledge_id BIGINT NULL,
  pledge_reference VARCHAR(12) NULL,
  donor_id BIGINT NULL,
  donor_name VARCHAR(200) NULL,
  method VARCHAR(20) NOT NULL,
  amount BIGINT NOT NULL,
  received_on DATE NOT NULL,
  bank_reference VARCHAR(100) NULL,
  note VARCHAR(500) NULL,
  goods_description VARCHAR(2000) NULL,
  search_text VARCHAR(400) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_payment_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT fk_payment_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT fk_payment_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_payment_fund_unit_path ON payment (fund_unit_path, received_on, id);
CREATE INDEX ix_payment_campaign ON payment (campaign_id);
CREATE INDEX ix_payment_pledge ON payment (pledge_id);

CREATE TABLE payment_reversal (
  payment_id BIGINT NOT NULL PRIMARY KEY,
  reason VARCHAR(500) NOT NULL,
  reversed_by VARCHAR(100) NOT NULL,
  reversed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_payment_reversal_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The pledges module's own account of the money its pledges received, one row per payment, so that a
-- payment event delivered twice counts once.
CREATE TABLE pledge_payment (
  payment_id BIGINT NOT NULL PRIMARY KEY,
  pledge_id BIGINT NOT NULL,
  amount BIGINT NOT NULL,
  reversed BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_pledge_payment_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pledge_payment_pledge ON pledge_payment (pledge_id);

ALTER TABLE pledge ADD COLUMN paid BIGINT NOT NULL DEFAULT 0;
