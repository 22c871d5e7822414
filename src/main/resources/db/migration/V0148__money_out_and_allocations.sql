-- Money out and where every gift went (issue 9, DD025). The ledger module owns the tables below. Rows of
-- other modules that it names (projects, budget lines, children, sponsorships) are referred to by id without a
-- foreign key: each module owns its own tables, and a ledger line keeps, as written when it was made, the
-- words that describe it (never a child's name: a pseudonym at most).

-- A gift may be designated to one project, not only to a programme.
ALTER TABLE pledge ADD COLUMN project_id BIGINT NULL;

-- A disbursement of more than this many đồng waits for a second person's approval.
ALTER TABLE fund_unit_settings ADD COLUMN approval_threshold BIGINT NOT NULL DEFAULT 20000000;
ALTER TABLE fund_unit_settings ADD CONSTRAINT ck_fund_unit_settings_approval
  CHECK (approval_threshold BETWEEN 0 AND 1000000000000);

-- What money is given for, and so what it may be spent on: the undesignated gifts a unit received (GENERAL),
-- a unit's gifts designated to a programme (PROGRAMME), gifts designated to one project (PROJECT), and the
-- payments of one direct-sponsorship pledge (SPONSORSHIP). One row per purpose, found by its key; the running
-- sums are changed only with the row locked, so that two nodes never spend the same money twice.
CREATE TABLE ledger_pool (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  pool_key VARCHAR(80) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  programme VARCHAR(30) NULL,
  project_id BIGINT NULL,
  pledge_id BIGINT NULL,
  -- đồng of its gifts that are not reversed
  received BIGINT NOT NULL DEFAULT 0,
  -- đồng of its disbursements waiting for approval or made
  committed BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_ledger_pool_key UNIQUE (pool_key),
  CONSTRAINT fk_ledger_pool_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT ck_ledger_pool_kind CHECK (kind IN ('GENERAL', 'PROGRAMME', 'PROJECT', 'SPONSORSHIP'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ledger's record of each payment of money (goods are handed over, not disbursed): which pool it went
-- to, how much of it has been spent, and the name the public may see (NULL: "Nhà hảo tâm").
CREATE TABLE ledger_gift (
  payment_id BIGINT NOT NULL PRIMARY KEY,
  pool_id BIGINT NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  campaign_id BIGINT NULL,
  donor_id BIGINT NULL,
  public_name VARCHAR(200) NULL,
  received_on DATE NOT NULL,
  amount BIGINT NOT NULL,
  allocated BIGINT NOT NULL DEFAULT 0,
  reversed BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_ledger_gift_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
  CONSTRAINT fk_ledger_gift_pool FOREIGN KEY (pool_id) REFERENCES ledger_pool (id),
  CONSTRAINT ck_ledger_gift_allocated CHECK (allocated BETWEEN 0 AND amount),
  INDEX ix_ledger_gift_unspent (pool_id, reversed, received_on, payment_id),
  INDEX ix_ledger_gift_donor (donor_id, received_on),
  INDEX ix_ledger_gift_campaign (campaign_id, received_on),
  INDEX ix_ledger_gift_unit (fund_unit_path, received_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Money paid out: to a project's budget line (PROJECT), to a sponsored child (SPONSORED_CHILD), for one
-- child's need such as surgery (SUPPORT_CASE), or for the fund's own work for children (GENERAL). It draws on
-- one pool. Status: AWAITING_APPROVAL (above the unit's threshold, until a fund manager decides), PAID, or
-- REJECTED. Only PAID counts in the ledger and is allocated to gifts.
CREATE TABLE disbursement (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  pool_id BIGINT NOT NULL,
  purpose VARCHAR(20) NOT NULL,
  programme VARCHAR(30) NULL,
  project_id BIGINT NULL,
  budget_line_id BIGINT NULL,
  child_id BIGINT NULL,
  sponsorship_id BIGINT NULL,
  description_vi VARCHAR(500) NOT NULL,
  description_en VARCHAR(500) NOT NULL,
  -- the public page of what it paid for (a project's), relative to the portal's root, or NULL
  public_path VARCHAR(200) NULL,
  amount BIGINT NOT NULL,
  paid_on DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  requested_by VARCHAR(100) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  decided_by VARCHAR(100) NULL,
  decided_at DATETIME(6) NULL,
  decision_note VARCHAR(500) NULL,
  -- đồng of it matched to gifts by the allocation rule (DD025)
  allocated BIGINT NOT NULL DEFAULT 0,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_disbursement_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT fk_disbursement_pool FOREIGN KEY (pool_id) REFERENCES ledger_pool (id),
  CONSTRAINT ck_disbursement_amount CHECK (amount > 0),
  CONSTRAINT ck_disbursement_allocated CHECK (allocated BETWEEN 0 AND amount),
  CONSTRAINT ck_disbursement_purpose CHECK (purpose IN ('PROJECT', 'SPONSORED_CHILD', 'SUPPORT_CASE', 'GENERAL')),
  CONSTRAINT ck_disbursement_status CHECK (status IN ('AWAITING_APPROVAL', 'PAID', 'REJECTED')),
  INDEX ix_disbursement_pool (pool_id, status, paid_on, id),
  INDEX ix_disbursement_unit (fund_unit_path, paid_on),
  INDEX ix_disbursement_project (project_id),
  INDEX ix_disbursement_child (child_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Invoices, receipts and decisions behind a disbursement (shared.ScannedDocument).
CREATE TABLE disbursement_document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  disbursement_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_by VARCHAR(100) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_disbursement_document FOREIGN KEY (disbursement_id) REFERENCES disbursement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which gift paid for which disbursement, and how much (DD025). A payment's allocations and its unspent
-- remainder add up to its amount; a disbursement's allocations never exceed it; a reversed payment has none.
CREATE TABLE allocation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  payment_id BIGINT NOT NULL,
  disbursement_id BIGINT NOT NULL,
  amount BIGINT NOT NULL,
  allocated_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_allocation UNIQUE (payment_id, disbursement_id),
  CONSTRAINT fk_allocation_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
  CONSTRAINT fk_allocation_disbursement FOREIGN KEY (disbursement_id) REFERENCES disbursement (id),
  CONSTRAINT ck_allocation_amount CHECK (amount > 0),
  INDEX ix_allocation_disbursement (disbursement_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
