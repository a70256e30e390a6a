-- Objections from the public board are held to hourly limits the way opinions are: counted in the database
-- (the same line on every node of a cluster, kept across a restart) per sender's address, kept only as a
-- keyed hash, and per grade; the department sets both limits with its publicity settings.

ALTER TABLE grade_objection ADD COLUMN address_hash VARCHAR(64);
CREATE INDEX grade_objection_address_ix ON grade_objection (tenant_code, address_hash, lodged_at);

ALTER TABLE publicity_rules ADD COLUMN objections_per_address_per_hour INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE publicity_rules ADD COLUMN objections_per_grade_per_hour INTEGER DEFAULT 20 NOT NULL;
