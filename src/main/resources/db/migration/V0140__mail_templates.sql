-- Mail templates: each message records its kind and its HTML part beside the text; the fund's own
-- versions of the templates, per kind and language, the latest in use (none: the shipped template).
ALTER TABLE email_message ADD COLUMN kind VARCHAR(40) NULL;
ALTER TABLE email_message ADD COLUMN body_html MEDIUMTEXT NULL;

CREATE TABLE mail_template (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(40) NOT NULL,
  language VARCHAR(5) NOT NULL,
  current_version INT NOT NULL,
  CONSTRAINT uq_mail_template UNIQUE (kind, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written once, never changed or deleted: restoring a version saves it again as a new one.
CREATE TABLE mail_template_version (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  template_id BIGINT NOT NULL,
  version INT NOT NULL,
  subject VARCHAR(300) NOT NULL,
  html_body MEDIUMTEXT NOT NULL,
  text_body MEDIUMTEXT NOT NULL,
  saved_by VARCHAR(100) NOT NULL,
  saved_at DATETIME(6) NOT NULL,
  restored_from_version INT NULL,
  CONSTRAINT fk_mail_template_version_template FOREIGN KEY (template_id) REFERENCES mail_template (id),
  CONSTRAINT uq_mail_template_version UNIQUE (template_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
