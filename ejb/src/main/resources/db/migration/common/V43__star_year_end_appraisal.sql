-- Village star management, point 8 of issue 15 (seed 003): the year-end "three appraisals, two publications" of a
-- village branch. One appraisal per branch and year, with its peer and mass occasions on the ballot engine; one
-- rating per member and year (their own assessment and the branch committee's stars, under the cap of the category
-- they were appraised in), which the follow-up and the year-end star list read once published. The year's quotas
-- on high stars become tenant settings beside the caps.

CREATE SEQUENCE star_appraisal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_rating_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE star_appraisal (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_code       VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    appraisal_year    INTEGER       NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    peer_occasion_id  BIGINT        NOT NULL REFERENCES ballot_occasion (id),
    mass_occasion_id  BIGINT        NOT NULL REFERENCES ballot_occasion (id),
    submitted_by      VARCHAR(100),
    submitted_at      TIMESTAMP,
    reviewed_by       VARCHAR(100),
    reviewed_at       TIMESTAMP,
    returned_reason   VARCHAR(1000) NOT NULL,
    published_on      DATE,
    version           BIGINT        NOT NULL,
    CONSTRAINT star_appraisal_year_uk UNIQUE (tenant_code, org_unit_id, appraisal_year),
    CONSTRAINT star_appraisal_state_ck
        CHECK (state IN ('SELF', 'PEER', 'MASS', 'RATING', 'FIRST_REVIEW', 'PUBLISHED'))
);
-- The township's review reads its villages' appraisals of a year.
CREATE INDEX star_appraisal_year_ix ON star_appraisal (tenant_code, appraisal_year, state);

CREATE TABLE star_rating (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_code       VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    appraisal_id      BIGINT        NOT NULL REFERENCES star_appraisal (id),
    person_id         BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    rating_year       INTEGER       NOT NULL,
    category          VARCHAR(30)   NOT NULL,
    star_cap          INTEGER       NOT NULL,
    self_ideology     INTEGER       NOT NULL,
    self_law          INTEGER       NOT NULL,
    self_customs      INTEGER       NOT NULL,
    self_liaison      INTEGER       NOT NULL,
    self_post         INTEGER       NOT NULL,
    self_assessed_at  TIMESTAMP,
    ideology          INTEGER       NOT NULL,
    law               INTEGER       NOT NULL,
    customs           INTEGER       NOT NULL,
    liaison           INTEGER       NOT NULL,
    post              INTEGER       NOT NULL,
    total             INTEGER       NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    rated_by          VARCHAR(100),
    rated_at          TIMESTAMP,
    version           BIGINT        NOT NULL,
    CONSTRAINT star_rating_member_uk UNIQUE (tenant_code, person_id, rating_year),
    CONSTRAINT star_rating_total_ck CHECK (total BETWEEN 0 AND star_cap)
);
-- The star lists read a unit's (or a township's) ratings of a year, the best first.
CREATE INDEX star_rating_unit_ix ON star_rating (tenant_code, org_unit_id, rating_year, total);
CREATE INDEX star_rating_appraisal_ix ON star_rating (tenant_code, appraisal_id);

ALTER TABLE star_rules ADD COLUMN quota_high_cap INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE star_rules ADD COLUMN quota_high_threshold INTEGER DEFAULT 9 NOT NULL;
ALTER TABLE star_rules ADD COLUMN quota_high_percent INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE star_rules ADD COLUMN quota_low_cap INTEGER DEFAULT 6 NOT NULL;
ALTER TABLE star_rules ADD COLUMN quota_low_threshold INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE star_rules ADD COLUMN quota_low_percent INTEGER DEFAULT 30 NOT NULL;
