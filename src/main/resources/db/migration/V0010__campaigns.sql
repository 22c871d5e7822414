-- Campaigns of the fund units. Texts are plain text; days (start, end, closing) are days in Vietnam.
CREATE TABLE campaign (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(30) NOT NULL,
  status VARCHAR(20) NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  -- The unit's materialised path, copied (units never move): scoping is one prefix query.
  fund_unit_path VARCHAR(500) NOT NULL,
  slug VARCHAR(80) NOT NULL,
  name_vi VARCHAR(150) NOT NULL,
  name_en VARCHAR(150) NULL,
  description_vi VARCHAR(4000) NULL,
  description_en VARCHAR(4000) NULL,
  -- Whole đồng.
  goal BIGINT NULL,
  start_date DATE NULL,
  end_date DATE NULL,
  -- The occasion of a yearly campaign (the year of the Tết, of the Month of Action...), else NULL.
  occasion_year INT NULL,
  bank_bin VARCHAR(6) NULL,
  account_number VARCHAR(19) NULL,
  account_name VARCHAR(100) NULL,
  closed_on DATE NULL,
  activated_at DATETIME(6) NULL,
  closed_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_campaign_slug UNIQUE (slug),
  -- One campaign per fund unit, yearly kind and occasion: whoever prepares it second is refused.
  -- Rows without an occasion (NULL) are not compared.
  CONSTRAINT uq_campaign_occasion UNIQUE (fund_unit_id, kind, occasion_year),
  CONSTRAINT fk_campaign_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_path ON campaign (fund_unit_path);
CREATE INDEX ix_campaign_status_start ON campaign (status, start_date);
CREATE INDEX ix_campaign_status_end ON campaign (status, end_date);
CREATE INDEX ix_campaign_account ON campaign (bank_bin, account_number);
CREATE INDEX ix_campaign_occasion ON campaign (kind, occasion_year);

-- Cover pictures (PNG, JPEG or WebP, at most 2 MB), apart so that reading a campaign never loads one.
CREATE TABLE campaign_cover (
  campaign_id BIGINT NOT NULL PRIMARY KEY,
  content_type VARCHAR(30) NOT NULL,
  image_bytes MEDIUMBLOB NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_campaign_cover_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
