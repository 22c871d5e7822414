-- A statement of the campaign month (100,000 lines, see bench/statement-import.sh).
-- Its import tells other modules of its payments in batches (PaymentsRecorded); the registry's 4,000
-- characters held 30 payments an event, so the import wrote thousands of registry rows in its
-- transaction. MEDIUMTEXT holds a batch of 250 with room to spare.
ALTER TABLE EVENT_PUBLICATION MODIFY SERIALIZED_EVENT MEDIUMTEXT NOT NULL;
-- The preview reads the accounts learnt for the donors of the open pledges in one query, not the
-- statement's accounts a thousand at a time.
CREATE INDEX ix_counterparty_account_donor ON counterparty_account (donor_id);
