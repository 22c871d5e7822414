-- Opt-ins ticked on the anonymous pledge form (double opt-in, DD014): they wait here, one row per
-- category, until the owner of the address follows the link in the confirmation email; only then is
-- a consent_event recorded. The link's token is kept only as its SHA-256 hash, so a copy of this
-- table confirms nothing. All rows of one request share the hash; confirmed_at makes the link
-- single-use. donor_id moves to the survivor when donors merge, like consent_event.
CREATE TABLE pending_opt_in (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  donor_id BIGINT NOT NULL,
  category VARCHAR(30) NOT NULL,
  source VARCHAR(30) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  confirmed_at DATETIME(6) NULL,
  CONSTRAINT uq_pending_opt_in_token_category UNIQUE (token_hash, category),
  CONSTRAINT fk_pending_opt_in_donor FOREIGN KEY (donor_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pending_opt_in_donor ON pending_opt_in (donor_id);
