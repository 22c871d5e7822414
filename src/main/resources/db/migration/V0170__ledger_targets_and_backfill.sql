-- What a disbursement paid for as its target's module named it when it was made (a project's title and budget
-- line, a child's pseudonym), for the donor's "where it went" summary, which groups lines by target (DD025).
ALTER TABLE disbursement ADD COLUMN target_label_vi VARCHAR(300) NULL;
ALTER TABLE disbursement ADD COLUMN target_label_en VARCHAR(300) NULL;

-- How far the ledger has booked the payments recorded before it existed (GiftBackfill): the last payment id
-- looked at, and whether it is done. One row.
CREATE TABLE ledger_backfill (
  id INT NOT NULL PRIMARY KEY,
  fed_up_to BIGINT NOT NULL DEFAULT 0,
  done BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO ledger_backfill (id, fed_up_to, done) VALUES (1, 0, FALSE);
