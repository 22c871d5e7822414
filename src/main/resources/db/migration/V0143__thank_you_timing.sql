-- When a payment's thank-you may go (issue 8, DD021): so many minutes after the payment is recorded,
-- and then not within the unit's quiet hours (Vietnam time; the start may be later than the end, for
-- hours that cross midnight). Rows saved before this keep the defaults.
ALTER TABLE fund_unit_settings ADD COLUMN thank_you_delay_minutes INT NOT NULL DEFAULT 30;
ALTER TABLE fund_unit_settings ADD COLUMN quiet_hours_on BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE fund_unit_settings ADD COLUMN quiet_hours_start TIME NOT NULL DEFAULT '21:00:00';
ALTER TABLE fund_unit_settings ADD COLUMN quiet_hours_end TIME NOT NULL DEFAULT '07:00:00';
ALTER TABLE fund_unit_settings ADD CONSTRAINT ck_fund_unit_settings_delay
  CHECK (thank_you_delay_minutes BETWEEN 0 AND 1440);
