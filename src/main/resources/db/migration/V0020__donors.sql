-- Donors: organisations and individuals who give. An organisation is found by its tax code, an
-- individual by email; both keys are unique. Merged records stay (merged_into_id) so that old
-- references still resolve.
CREATE TABLE donor (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- Random, for donor-facing addresses; the sequential id never leaves the staff side.
  public_id VARCHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(200) NOT NULL,
  -- Organisations only; NULL for individuals and for organisations without one.
  tax_code VARCHAR(14) NULL,
  sector VARCHAR(30) NULL,
  representative_name VARCHAR(150) NULL,
  representative_title VARCHAR(150) NULL,
  -- Individuals only (organisations reach people through donor_contact), lower case, so the
  -- unique constraint is "unique among individuals".
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  address VARCHAR(500) NULL,
  preferred_language VARCHAR(5) NOT NULL DEFAULT 'vi',
  may_be_named BOOLEAN NOT NULL DEFAULT FALSE,
  fund_unit_id BIGINT NOT NULL,
  -- Copy of the owning unit's materialised path (units never move), so that "donors of my
  -- subtree" is one prefix condition on this table. Shorter than fund_unit.path so that it fits in
  -- one index with search_text; a path of five levels of seven-digit ids has 41 characters.
  fund_unit_path VARCHAR(100) NOT NULL,
  -- SearchText.normalise of name, address, tax code, email, phone, representative and contacts:
  -- without diacritics and in lower case, because no collation treats Đ as D. Compared byte by
  -- byte (utf8mb4_bin): the text is normalised already, and LIKE is several times faster so.
  search_text VARCHAR(600) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  merged_into_id BIGINT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_donor_public_id UNIQUE (public_id),
  CONSTRAINT uq_donor_tax_code UNIQUE (tax_code),
  CONSTRAINT uq_donor_email UNIQUE (email),
  CONSTRAINT fk_donor_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT fk_donor_merged_into FOREIGN KEY (merged_into_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Live records (merged_into_id IS NULL) in name order: the donor list reads a page along this index
-- and stops at the page's end; it also serves the foreign key and merges.
CREATE INDEX ix_donor_live_by_name ON donor (merged_into_id, name, id);
-- The words of a search are matched with LIKE '%word%', which no index can seek; but the matches of
-- a subtree are found in this index alone, without reading the rows.
CREATE INDEX ix_donor_scope_search ON donor (fund_unit_path, search_text);

CREATE TABLE donor_contact (
  donor_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  name VARCHAR(150) NOT NULL,
  role VARCHAR(100) NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  PRIMARY KEY (donor_id, sort_order),
  CONSTRAINT fk_donor_contact_donor FOREIGN KEY (donor_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consent to each category of message, as a history: rows are only ever inserted. The current
-- state of a category is its latest row. When donors merge, donor_id moves to the survivor;
-- recorded_for_donor_id keeps the record the consent was given for.
CREATE TABLE consent_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  donor_id BIGINT NOT NULL,
  recorded_for_donor_id BIGINT NOT NULL,
  category VARCHAR(30) NOT NULL,
  granted BOOLEAN NOT NULL,
  source VARCHAR(30) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(60) NOT NULL,
  CONSTRAINT fk_consent_event_donor FOREIGN KEY (donor_id) REFERENCES donor (id),
  CONSTRAINT fk_consent_event_recorded_for FOREIGN KEY (recorded_for_donor_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_consent_event_donor ON consent_event (donor_id, category, occurred_at);

-- What someone submitted (an online pledge) for a donor that already exists: kept apart, without
-- touching the donor, until staff confirm or reject it.
CREATE TABLE donor_claim (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  donor_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  source VARCHAR(30) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(200) NOT NULL,
  tax_code VARCHAR(14) NULL,
  sector VARCHAR(30) NULL,
  representative_name VARCHAR(150) NULL,
  representative_title VARCHAR(150) NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  address VARCHAR(500) NULL,
  preferred_language VARCHAR(5) NOT NULL,
  may_be_named BOOLEAN NOT NULL,
  wants_progress_updates BOOLEAN NOT NULL,
  wants_appeals BOOLEAN NOT NULL,
  submitted_at DATETIME(6) NOT NULL,
  decided_at DATETIME(6) NULL,
  decided_by VARCHAR(60) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_donor_claim_donor FOREIGN KEY (donor_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_donor_claim_donor ON donor_claim (donor_id, status);

CREATE TABLE donor_claim_contact (
  claim_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  name VARCHAR(150) NOT NULL,
  role VARCHAR(100) NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  PRIMARY KEY (claim_id, sort_order),
  CONSTRAINT fk_donor_claim_contact_claim FOREIGN KEY (claim_id) REFERENCES donor_claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
