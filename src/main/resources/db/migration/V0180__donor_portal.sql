-- Single-use sign-in links of the donor portal (DD029): only the SHA-256 of the token is kept, never the token.
-- A link signs in the address it was sent to, for one donor (an individual, or the organisation whose contact
-- that address is); it works once, until expires_at.
CREATE TABLE donor_sign_in_link (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  donor_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at DATETIME(6) NULL,
  CONSTRAINT uq_donor_sign_in_link_token UNIQUE (token_hash),
  CONSTRAINT fk_donor_sign_in_link_donor FOREIGN KEY (donor_id) REFERENCES donor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_donor_sign_in_link_expiry ON donor_sign_in_link (expires_at);

-- A contact's address finds the organisations it may sign in for, without reading every contact.
CREATE INDEX ix_donor_contact_email ON donor_contact (email);
