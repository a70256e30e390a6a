-- 三公示 (seed 004) and the public board (issue 14).
--
-- Opaque public identifiers: whatever the board shows is addressed by a random key, never by the
-- sequential id, so nobody can count or walk tenants, units, people, commitments or grades. New rows get
-- 22 characters of base64url from the application; the rows that exist now get 32 hex characters of a
-- random UUID here (gen_random_uuid() is built into PostgreSQL 13+ and H2). On PostgreSQL the forced
-- row-level security of the tenant-owned tables hides their rows from this script, so
-- postgresql/V23 fills those with the policies lifted; unique constraints allow the NULLs meanwhile.

ALTER TABLE tenant ADD COLUMN public_key VARCHAR(32);
-- Bumped whenever something on a tenant's board changes (publication, objection, close-out): every node
-- of a cluster compares it with the stamp of what it has cached.
ALTER TABLE tenant ADD COLUMN board_stamp BIGINT DEFAULT 0 NOT NULL;
UPDATE tenant SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE tenant ADD CONSTRAINT tenant_public_key_uk UNIQUE (public_key);

ALTER TABLE org_unit ADD COLUMN public_key VARCHAR(32);
UPDATE org_unit SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_public_key_uk UNIQUE (public_key);

ALTER TABLE person ADD COLUMN public_key VARCHAR(32);
UPDATE person SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE person ADD CONSTRAINT person_public_key_uk UNIQUE (public_key);

ALTER TABLE commitment ADD COLUMN public_key VARCHAR(32);
UPDATE commitment SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE commitment ADD CONSTRAINT commitment_public_key_uk UNIQUE (public_key);
-- The board lists a unit's published items: by owner unit, or by the owners' branch (reviewing unit).
CREATE INDEX commitment_board_ix ON commitment (tenant_code, reviewing_unit_id, status);

ALTER TABLE grading ADD COLUMN public_key VARCHAR(32);
ALTER TABLE grading ADD COLUMN open_objections INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE grading ADD COLUMN reviewed_at TIMESTAMP;
UPDATE grading SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE grading ADD CONSTRAINT grading_public_key_uk UNIQUE (public_key);

-- A department's publicity settings: working days of the period (default 5) and its holidays and
-- adjusted working days, one "2026-10-01 off" / "2026-10-11 work" a line.
CREATE SEQUENCE publicity_rules_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE publicity_rules (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    working_days  INTEGER       NOT NULL,
    calendar_days VARCHAR(4000),
    version       BIGINT        NOT NULL,
    CONSTRAINT publicity_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT publicity_rules_days_ck CHECK (working_days BETWEEN 1 AND 30)
);

-- Objections against published grades during their publicity period, and the grader's answer.
CREATE SEQUENCE grade_objection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_objection (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    grading_id      BIGINT        NOT NULL REFERENCES grading (id),
    text            VARCHAR(1000) NOT NULL,
    lodged_by       VARCHAR(100),
    lodged_at       TIMESTAMP     NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    grade_before    VARCHAR(30)   NOT NULL,
    grade_after     VARCHAR(30),
    decision_reason VARCHAR(1000),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    version         BIGINT        NOT NULL
);
CREATE INDEX grade_objection_grading_ix ON grade_objection (tenant_code, grading_id);
CREATE INDEX grade_objection_status_ix ON grade_objection (tenant_code, status, lodged_at);
