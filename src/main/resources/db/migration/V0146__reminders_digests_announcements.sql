-- Issue 8, scheduled emails (DD024).
-- A campaign manager decides before a campaign opens whether its opening is announced to the contacts
-- who opted in to appeals.
ALTER TABLE campaign ADD COLUMN announce_on_open BOOLEAN NOT NULL DEFAULT FALSE;

-- The daily reminder job looks instalments up by their due day.
CREATE INDEX ix_pledge_instalment_due ON pledge_instalment (due_date, pledge_id);

-- The monthly digest reads, per page of donors, the campaigns each gave to.
CREATE INDEX ix_payment_donor_campaign ON payment (donor_id, campaign_id);
