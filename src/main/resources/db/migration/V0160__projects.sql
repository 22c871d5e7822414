-- "For Children" projects (issue 9, DD027): a school toilet, a playground, a classroom, with their budget lines,
-- milestones, handover record, progress updates with photos, and the campaigns that raise money for them. The
-- ledger refers to projects and budget lines by id (disbursement.project_id, budget_line_id, ledger_pool) without
-- a foreign key: each module owns its own tables.
CREATE TABLE project (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  programme VARCHAR(30) NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  fund_unit_path VARCHAR(500) NOT NULL,
  title_vi VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  description_vi VARCHAR(4000) NULL,
  description_en VARCHAR(4000) NULL,
  -- both titles without diacritics, lower case, for accent-insensitive search (Đ is not D in any collation)
  search_text VARCHAR(420) NOT NULL,
  status VARCHAR(20) NOT NULL,
  handover_on DATE NULL,
  handover_received_by VARCHAR(200) NULL,
  handover_note VARCHAR(1000) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_project_slug UNIQUE (slug),
  CONSTRAINT fk_project_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id),
  CONSTRAINT ck_project_status CHECK (status IN ('PROPOSED', 'FUNDRAISING', 'FUNDED', 'IN_PROGRESS', 'COMPLETED'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_project_unit ON project (fund_unit_path, status);
CREATE INDEX ix_project_status ON project (status, id);

-- What the money is for; a disbursement pays one line and never more than its amount in all.
CREATE TABLE project_budget_line (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id BIGINT NOT NULL,
  position INT NOT NULL,
  label_vi VARCHAR(200) NOT NULL,
  label_en VARCHAR(200) NULL,
  amount BIGINT NOT NULL,
  CONSTRAINT fk_project_budget_line FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_budget_line_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_milestone (
  project_id BIGINT NOT NULL,
  position INT NOT NULL,
  title_vi VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  due_on DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  done_on DATE NULL,
  PRIMARY KEY (project_id, position),
  CONSTRAINT fk_project_milestone FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_milestone_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The signed handover and acceptance record (shared.ScannedDocument), one per project, kept apart from the
-- project's row so that reading a project never reads the scan.
CREATE TABLE project_handover_document (
  project_id BIGINT NOT NULL PRIMARY KEY,
  file_name VARCHAR(200) NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_by VARCHAR(100) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_project_handover_document FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The campaigns that raise money for a project (many to many).
CREATE TABLE project_campaign (
  project_id BIGINT NOT NULL,
  campaign_id BIGINT NOT NULL,
  PRIMARY KEY (project_id, campaign_id),
  CONSTRAINT fk_project_campaign_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_campaign_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_project_campaign_campaign ON project_campaign (campaign_id);

-- Progress reports: PUBLIC (the project's page) or DONORS (only the project's donors, in their portal).
CREATE TABLE project_update (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id BIGINT NOT NULL,
  text_vi VARCHAR(4000) NOT NULL,
  text_en VARCHAR(4000) NULL,
  visibility VARCHAR(10) NOT NULL,
  published_at DATETIME(6) NOT NULL,
  author VARCHAR(100) NOT NULL,
  CONSTRAINT fk_project_update FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_update_visibility CHECK (visibility IN ('PUBLIC', 'DONORS'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_project_update_project ON project_update (project_id, published_at);

-- An update's photos (shared.Picture, re-encoded without metadata). The public address of a photo is its random
-- token, never the id, so that a DONORS update's photos cannot be found by counting.
CREATE TABLE project_photo (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  update_id BIGINT NOT NULL,
  position INT NOT NULL,
  token VARCHAR(43) NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT uq_project_photo_token UNIQUE (token),
  CONSTRAINT fk_project_photo_update FOREIGN KEY (update_id) REFERENCES project_update (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
