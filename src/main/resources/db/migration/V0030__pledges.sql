-- Pledges: promises to give to a campaign, with their instalment schedule.
CREATE TABLE pledge (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference VARCHAR(12) NOT NULL,
  access_token VARCHAR(40) NOT NULL,
  submission_key VARCHAR(64) NULL,
  campaign_id BIGINT NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  donor_id BIGINT NULL,
  donor_claim_id BIGINT NULL,
  kind VARCHAR(20) NOT NULL,
  programme VARCHAR(30) NULL,
  children_count INT NOT NULL DEFAULT 0,
  months INT NOT NULL DEFAULT 0,
  per_child_per_month BIGINT NULL,
  preferred_commune_id BIGINT NULL,
  in_kind_description VARCHAR(1000) NULL,
  total BIGINT NOT NULL,
  frequency VARCHAR(12) NOT NULL,
  donor_name VARCHAR(200) NOT NULL,
  tax_code VARCHAR(14) NULL,
  contact_name VARCHAR(150) NOT NULL,
  contact_email VARCHAR(254) NOT NULL,
  contact_phone VARCHAR(20) NULL,
  language VARCHAR(5) NOT NULL,
  status VARCHAR(20) NOT NULL,
  cancel_reason VARCHAR(500) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_pledge_reference UNIQUE (reference),
  CONSTRAINT uq_pledge_access_token UNIQUE (access_token),
  CONSTRAINT uq_pledge_submission UNIQUE (submission_key),
  CONSTRAINT fk_pledge_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT fk_pledge_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pledge_campaign_status ON pledge (campaign_id, status);
CREATE INDEX ix_pledge_fund_unit_path ON pledge (fund_unit_path);
CREATE INDEX ix_pledge_donor ON pledge (donor_id);

CREATE TABLE pledge_instalment (
  pledge_id BIGINT NOT NULL,
  seq INT NOT NULL,
  due_date DATE NOT NULL,
  amount BIGINT NOT NULL,
  PRIMARY KEY (pledge_id, seq),
  CONSTRAINT fk_pledge_instalment_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
