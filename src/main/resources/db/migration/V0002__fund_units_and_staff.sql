-- The fund tree. Levels are configured, not hard-coded: depth 1 is the root (province),
-- the deepest level is the commune; a district level in between is optional.
CREATE TABLE fund_level (
  depth INT NOT NULL PRIMARY KEY,
  name_vi VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fund_unit (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id BIGINT NULL,
  depth INT NOT NULL,
  -- Materialised path of ids, '/1/5/23/': a subtree is every path that starts with its root's.
  path VARCHAR(500) NOT NULL,
  name VARCHAR(200) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_fund_unit_parent FOREIGN KEY (parent_id) REFERENCES fund_unit (id),
  CONSTRAINT fk_fund_unit_level FOREIGN KEY (depth) REFERENCES fund_level (depth),
  CONSTRAINT uq_fund_unit_name UNIQUE (parent_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fund_unit_path ON fund_unit (path);

CREATE TABLE staff_user (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  full_name VARCHAR(150) NOT NULL,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role VARCHAR(20) NOT NULL,
  fund_unit_id BIGINT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  preferred_language VARCHAR(5) NOT NULL DEFAULT 'vi',
  failed_logins INT NOT NULL DEFAULT 0,
  login_blocked_until DATETIME(6) NULL,
  last_login_at DATETIME(6) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_staff_user_username UNIQUE (username),
  CONSTRAINT fk_staff_user_fund_unit FOREIGN KEY (fund_unit_id) REFERENCES fund_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what, and when. Rows are only ever inserted.
CREATE TABLE audit_event (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(60) NOT NULL,
  subject_type VARCHAR(40) NOT NULL,
  subject_id BIGINT NOT NULL,
  action VARCHAR(40) NOT NULL,
  before_state VARCHAR(2000) NULL,
  after_state VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);
