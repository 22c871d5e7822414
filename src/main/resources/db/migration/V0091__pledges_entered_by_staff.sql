-- Pledges that staff took down for a donor (telephone, letter, ceremony) name who entered them.
ALTER TABLE pledge ADD COLUMN entered_by VARCHAR(100) NULL;
