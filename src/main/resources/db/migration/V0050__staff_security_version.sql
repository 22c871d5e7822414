-- Bumped whenever an account's sessions must end (deactivation, new role or fund unit, password
-- reset); every signed-in request compares it with the number its session started with (DD011).
ALTER TABLE staff_user ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;
