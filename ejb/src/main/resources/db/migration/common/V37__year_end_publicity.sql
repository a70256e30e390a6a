-- The year-end results go through the same publicity as the monthly grades (issue 14, point 4): each member's
-- result has an opaque key on the public board, a count of open objections and the time it was last reviewed.
ALTER TABLE year_end_member ADD COLUMN public_key VARCHAR(32);
ALTER TABLE year_end_member ADD COLUMN open_objections INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE year_end_member ADD COLUMN reviewed_at TIMESTAMP;
UPDATE year_end_member SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE year_end_member ADD CONSTRAINT year_end_member_public_key_uk UNIQUE (public_key);

-- Objections against published year-end results. Their ids come from grade_objection_seq, as those of the
-- objections against grades do: an id names one objection of either kind.
CREATE TABLE year_end_objection (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    year_end_member_id BIGINT        NOT NULL REFERENCES year_end_member (id),
    text               VARCHAR(1000) NOT NULL,
    lodged_by          VARCHAR(100),
    address_hash       VARCHAR(64),
    lodged_at          TIMESTAMP     NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    result_before      VARCHAR(20)   NOT NULL,
    result_after       VARCHAR(20),
    decision_reason    VARCHAR(1000),
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMP,
    version            BIGINT        NOT NULL,
    CONSTRAINT year_end_objection_result_ck CHECK (result_before IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')
        AND (result_after IS NULL OR result_after IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')))
);
CREATE INDEX year_end_objection_member_ix ON year_end_objection (tenant_code, year_end_member_id, lodged_at);
CREATE INDEX year_end_objection_status_ix ON year_end_objection (tenant_code, status, lodged_at);
CREATE INDEX year_end_objection_address_ix ON year_end_objection (tenant_code, address_hash, lodged_at);
