-- Bank-statement imports: each upload that was imported, every credit line it brought (matched to a
-- payment, or waiting in the queue for a person), the counterparty accounts learnt from matches, and the
-- column layouts a fund saved for its bank's export.
CREATE TABLE statement_import (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  layout_name VARCHAR(100) NOT NULL,
  encoding VARCHAR(40) NOT NULL,
  credit_lines INT NOT NULL,
  debit_lines INT NOT NULL,
  duplicate_lines INT NOT NULL,
  matched_lines INT NOT NULL,
  queued_lines INT NOT NULL,
  imported_by VARCHAR(100) NOT NULL,
  imported_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_statement_import_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_statement_import_path ON statement_import (fund_unit_path, imported_at);

CREATE TABLE statement_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  import_id BIGINT NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  -- The bank's transaction reference, or else a fingerprint of date, amount, note and balance: the same
  -- line uploaded again, in the same file or an overlapping one, is recognised and not imported twice.
  dedupe_key VARCHAR(80) NOT NULL,
  line_number INT NOT NULL,
  booked_on DATE NOT NULL,
  amount BIGINT NOT NULL,
  note VARCHAR(1000) NOT NULL,
  counterparty_name VARCHAR(200) NULL,
  counterparty_account VARCHAR(40) NULL,
  bank_reference VARCHAR(100) NULL,
  -- MATCHED (on import), QUEUED (waiting for a person), MATCHED_BY_HAND, RECORDED_AS_GIFT
  status VARCHAR(20) NOT NULL,
  -- why the matcher decided as it did: a translation key, and its arguments separated by tabs
  reason VARCHAR(100) NULL,
  reason_arguments VARCHAR(300) NULL,
  -- the references of the pledges the matcher offered for a queued line, separated by commas
  candidates VARCHAR(200) NULL,
  payment_id BIGINT NULL,
  resolved_by VARCHAR(100) NULL,
  resolved_at DATETIME(6) NULL,
  CONSTRAINT uq_statement_line_dedupe UNIQUE (fund_unit_id, dedupe_key),
  CONSTRAINT fk_statement_line_import FOREIGN KEY (import_id) REFERENCES statement_import (id),
  CONSTRAINT fk_statement_line_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_statement_line_queue ON statement_line (fund_unit_path, status, booked_on);
CREATE INDEX ix_statement_line_import ON statement_line (import_id);

-- Who sent money from an account, learnt when a line from it was matched to a donor's pledge.
CREATE TABLE counterparty_account (
  account_number VARCHAR(40) NOT NULL PRIMARY KEY,
  donor_id BIGINT NOT NULL,
  learnt_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE statement_preset (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  name VARCHAR(100) NOT NULL,
  layout VARCHAR(4000) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_statement_preset_name UNIQUE (fund_unit_id, name),
  CONSTRAINT fk_statement_preset_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

