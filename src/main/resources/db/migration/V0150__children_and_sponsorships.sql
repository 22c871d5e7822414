-- Children in special circumstances, their consents, progress notes, direct sponsorships and the deliveries
-- of each sponsored month (issue 9, DD026). The children module owns these tables. Full names, guardians and
-- notes are read by caseworkers only; everyone else sees a child as a pseudonym (code, initial, birth year,
-- commune), and more only as consent allows, computed when read.

CREATE TABLE child (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- random, never sequential: TE- and six characters of an unambiguous alphabet
  code VARCHAR(12) NOT NULL,
  full_name VARCHAR(150) NOT NULL,
  given_name VARCHAR(50) NOT NULL,
  -- code and full name without diacritics, lower case, for the caseworkers' search
  search_text VARCHAR(200) NOT NULL,
  birth_date DATE NOT NULL,
  gender VARCHAR(10) NOT NULL,
  commune_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  category VARCHAR(40) NOT NULL,
  guardian_name VARCHAR(150) NOT NULL,
  guardian_relation VARCHAR(50) NOT NULL,
  guardian_phone VARCHAR(11) NULL,
  notes VARCHAR(2000) NULL,
  registered_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_child_code UNIQUE (code),
  CONSTRAINT fk_child_commune FOREIGN KEY (commune_id) REFERENCES fund_unit (id),
  CONSTRAINT ck_child_gender CHECK (gender IN ('FEMALE', 'MALE', 'OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_child_unit ON child (fund_unit_path, id);

-- Consents, insert-only: a party's current consent is its latest row; a WITHDRAWN row shares nothing.
CREATE TABLE child_consent (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  child_id BIGINT NOT NULL,
  party VARCHAR(10) NOT NULL,
  action VARCHAR(10) NOT NULL,
  given_on DATE NOT NULL,
  share_given_name BOOLEAN NOT NULL,
  share_photo BOOLEAN NOT NULL,
  share_notes BOOLEAN NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  CONSTRAINT fk_child_consent_child FOREIGN KEY (child_id) REFERENCES child (id),
  CONSTRAINT ck_child_consent_party CHECK (party IN ('GUARDIAN', 'CHILD')),
  CONSTRAINT ck_child_consent_action CHECK (action IN ('GRANTED', 'WITHDRAWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_child_consent_child ON child_consent (child_id, party, id);

-- Progress notes and photos written by caseworkers; one marked shareable is shown to the sponsor only while
-- the consents allow notes (and photos, for its photo).
CREATE TABLE child_note (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  child_id BIGINT NOT NULL,
  written_on DATE NOT NULL,
  body VARCHAR(4000) NOT NULL,
  shareable BOOLEAN NOT NULL,
  photo_type VARCHAR(20) NULL,
  photo MEDIUMBLOB NULL,
  written_at DATETIME(6) NOT NULL,
  written_by VARCHAR(100) NOT NULL,
  CONSTRAINT fk_child_note_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_child_note_child ON child_note (child_id, written_on);

-- A child matched to a direct-sponsorship pledge, on terms: so much a month from one month to another.
CREATE TABLE sponsorship (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  child_id BIGINT NOT NULL,
  pledge_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  amount_per_month BIGINT NOT NULL,
  start_month DATE NOT NULL,
  end_month DATE NOT NULL,
  matched_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_sponsorship_child FOREIGN KEY (child_id) REFERENCES child (id),
  CONSTRAINT fk_sponsorship_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id),
  CONSTRAINT uq_sponsorship_pledge_child UNIQUE (pledge_id, child_id),
  CONSTRAINT ck_sponsorship_amount CHECK (amount_per_month > 0),
  CONSTRAINT ck_sponsorship_months CHECK (end_month >= start_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sponsorship_unit ON sponsorship (fund_unit_path, id);

-- One row per month of a sponsorship's term, made when it is matched, with the month's delivery once commune
-- staff recorded it. A month is late when it has no delivery after its due date (the 10th of the next month).
CREATE TABLE sponsorship_month (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  sponsorship_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  period DATE NOT NULL,
  due_on DATE NOT NULL,
  delivered_on DATE NULL,
  amount BIGINT NULL,
  method VARCHAR(20) NULL,
  receipt_name VARCHAR(200) NULL,
  receipt_type VARCHAR(50) NULL,
  receipt LONGBLOB NULL,
  recorded_at DATETIME(6) NULL,
  recorded_by VARCHAR(100) NULL,
  late_flagged_at DATETIME(6) NULL,
  CONSTRAINT fk_sponsorship_month_sponsorship FOREIGN KEY (sponsorship_id) REFERENCES sponsorship (id),
  CONSTRAINT uq_sponsorship_month UNIQUE (sponsorship_id, period),
  CONSTRAINT ck_sponsorship_month_method CHECK (method IS NULL OR method IN ('CASH', 'BANK_TRANSFER', 'IN_KIND'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sponsorship_month_due ON sponsorship_month (delivered_on, due_on);
CREATE INDEX ix_sponsorship_month_unit ON sponsorship_month (fund_unit_path, due_on);
