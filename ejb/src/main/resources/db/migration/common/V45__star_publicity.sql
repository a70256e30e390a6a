-- The year-end star result's "two publications" (三评两公开, seed 003): a published star rating appears on the public
-- board under an opaque key, goes through the same publicity as the year-end results and takes objections while it
-- lasts. Each rating gets a public key (the existing ones backfilled), a count of open objections and the time it
-- was last reviewed.
ALTER TABLE star_rating ADD COLUMN public_key VARCHAR(32);
ALTER TABLE star_rating ADD COLUMN open_objections INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE star_rating ADD COLUMN reviewed_at TIMESTAMP;
UPDATE star_rating SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE star_rating ADD CONSTRAINT star_rating_public_key_uk UNIQUE (public_key);

-- Objections against published star ratings. Their ids come from grade_objection_seq, as those of the objections
-- against grades and year-end results do: an id names one objection of any kind. The stars before and after are
-- kept per aspect as the rating's code (ideology,law,customs,liaison,post).
CREATE TABLE star_objection (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    star_rating_id     BIGINT        NOT NULL REFERENCES star_rating (id),
    text               VARCHAR(1000) NOT NULL,
    lodged_by          VARCHAR(100),
    address_hash       VARCHAR(64),
    lodged_at          TIMESTAMP     NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    stars_before       VARCHAR(40)   NOT NULL,
    stars_after        VARCHAR(40),
    decision_reason    VARCHAR(1000),
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMP,
    version            BIGINT        NOT NULL
);
CREATE INDEX star_objection_rating_ix ON star_objection (tenant_code, star_rating_id, lodged_at);
CREATE INDEX star_objection_status_ix ON star_objection (tenant_code, status, lodged_at);
CREATE INDEX star_objection_address_ix ON star_objection (tenant_code, address_hash, lodged_at);
