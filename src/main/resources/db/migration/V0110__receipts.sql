-- Receipts (biên nhận): one valid receipt per payment, numbered per fund unit and year without gaps.
-- A receipt row is written once and never changed: it keeps every fact it prints, as they were on the
-- day it was issued. Voiding adds a row to receipt_void; the voided receipt stays readable.
CREATE TABLE receipt_counter (
  fund_unit_id BIGINT NOT NULL,
  receipt_year INT NOT NULL,
  last_number INT NOT NULL,
  PRIMARY KEY (fund_unit_id, receipt_year),
  CONSTRAINT fk_receipt_counter_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE receipt (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  payment_id BIGINT NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  receipt_year INT NOT NULL,
  sequence_number INT NOT NULL,
  number VARCHAR(40) NOT NULL,
  issued_on DATE NOT NULL,
  issued_by VARCHAR(100) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  language VARCHAR(5) NOT NULL,
  paper VARCHAR(5) NOT NULL,
  fund_name VARCHAR(200) NOT NULL,
  fund_address VARCHAR(300) NOT NULL,
  fund_tax_code VARCHAR(14) NULL,
  signatory_name VARCHAR(100) NOT NULL,
  signatory_title VARCHAR(100) NOT NULL,
  donor_id BIGINT NULL,
  donor_name VARCHAR(200) NOT NULL,
  donor_address VARCHAR(500) NULL,
  donor_tax_code VARCHAR(14) NULL,
  amount BIGINT NOT NULL,
  method VARCHAR(20) NOT NULL,
  received_on DATE NOT NULL,
  purpose VARCHAR(300) NOT NULL,
  campaign_name VARCHAR(300) NULL,
  pledge_reference VARCHAR(12) NULL,
  bank_reference VARCHAR(100) NULL,
  goods_description VARCHAR(2000) NULL,
  CONSTRAINT uq_receipt_number UNIQUE (number),
  CONSTRAINT uq_receipt_sequence UNIQUE (fund_unit_id, receipt_year, sequence_number),
  CONSTRAINT fk_receipt_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
  CONSTRAINT fk_receipt_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_receipt_payment ON receipt (payment_id);
CREATE INDEX ix_receipt_donor ON receipt (donor_id, received_on);

CREATE TABLE receipt_void (
  receipt_id BIGINT NOT NULL PRIMARY KEY,
  reason VARCHAR(500) NOT NULL,
  voided_on DATE NOT NULL,
  voided_by VARCHAR(100) NOT NULL,
  voided_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_receipt_void_receipt FOREIGN KEY (receipt_id) REFERENCES receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A donor's statement lists their payments of a period.
CREATE INDEX ix_payment_donor ON payment (donor_id, received_on);
