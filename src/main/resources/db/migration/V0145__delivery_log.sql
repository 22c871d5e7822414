-- The delivery log (DD023) lists messages newest first, optionally of one kind, one state or one address
-- (a prefix), or only those of a fund unit's subtree; each of these indexes serves one such filter with the
-- order (InnoDB adds the id). Donor and campaign searches use the indexes of V0142.
CREATE INDEX ix_email_message_created ON email_message (created_at);
CREATE INDEX ix_email_message_kind_created ON email_message (kind, created_at);
CREATE INDEX ix_email_message_status_created ON email_message (status, created_at);
CREATE INDEX ix_email_message_unit_created ON email_message (fund_unit_id, created_at);
CREATE INDEX ix_email_message_recipient ON email_message (recipient, created_at);
