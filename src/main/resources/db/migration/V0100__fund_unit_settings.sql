-- What each fund unit prints on its receipts and how its bank transfers are matched (DD016).
-- A table of its own rather than columns on fund_unit: a unit has a row only once a fund manager has
-- filled in every required setting, so the NOT NULL columns make a row complete by construction and a
-- unit without a row is "not set up yet"; fund_unit stays the tree that every scoped query reads, and
-- a manager editing these settings never collides with an administrator renaming the unit (each has
-- its own version).
CREATE TABLE fund_unit_settings (
  fund_unit_id BIGINT NOT NULL PRIMARY KEY,
  -- Printed in receipt numbers <code>/<year>/<number>: 2 to 20 of A-Z, 0-9 and '-', stored upper-case.
  code VARCHAR(20) NOT NULL,
  receipt_name VARCHAR(200) NOT NULL,
  address VARCHAR(300) NOT NULL,
  -- Canonical form of shared.TaxCode ("0100109106" or "0100109106-001"), or NULL.
  tax_code VARCHAR(14) NULL,
  signatory_name VARCHAR(100) NOT NULL,
  signatory_title VARCHAR(100) NOT NULL,
  receipt_paper VARCHAR(2) NOT NULL DEFAULT 'A5',
  -- TRUE: a receipt is issued when a payment is recorded; FALSE: when staff ask for one.
  receipts_on_recording BOOLEAN NOT NULL DEFAULT TRUE,
  -- Whole đồng: a bank transfer at most this much short of the expected amount still matches.
  fee_tolerance BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 0,
  updated_by VARCHAR(100) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_fund_unit_settings_code UNIQUE (code),
  CONSTRAINT fk_fund_unit_settings_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT ck_fund_unit_settings_paper CHECK (receipt_paper IN ('A4', 'A5')),
  CONSTRAINT ck_fund_unit_settings_fee CHECK (fee_tolerance BETWEEN 0 AND 1000000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
