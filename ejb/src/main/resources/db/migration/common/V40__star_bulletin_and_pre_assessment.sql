-- Village star management, point 7 of issue 15 (seed 003): the quarterly star bulletin meeting of a village
-- branch with each member's progress towards their target (a snapshot drafted from the targets and the log book),
-- and the half-year pre-assessment: each member's debriefing, the branch's pre-rating of each member in stars and
-- the secretary's report to the township, which reviews it.

CREATE SEQUENCE star_bulletin_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_progress_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_debriefing_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_pre_assessment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_pre_rating_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE star_bulletin (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id    BIGINT        NOT NULL REFERENCES org_unit (id),
    bulletin_year  INTEGER       NOT NULL,
    quarter        INTEGER       NOT NULL,
    held_on        DATE,
    attendees      INTEGER       NOT NULL,
    problems       VARCHAR(4000) NOT NULL,
    suggestions    VARCHAR(4000) NOT NULL,
    drafted_by     VARCHAR(100)  NOT NULL,
    drafted_at     TIMESTAMP     NOT NULL,
    published_by   VARCHAR(100),
    published_at   TIMESTAMP,
    version        BIGINT        NOT NULL,
    CONSTRAINT star_bulletin_quarter_uk UNIQUE (tenant_code, org_unit_id, bulletin_year, quarter),
    CONSTRAINT star_bulletin_quarter_ck CHECK (quarter BETWEEN 1 AND 4)
);
-- The township's collection reads the published bulletins of a quarter.
CREATE INDEX star_bulletin_quarter_ix ON star_bulletin (tenant_code, bulletin_year, quarter, published_at);

CREATE TABLE star_progress (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    bulletin_id     BIGINT        NOT NULL REFERENCES star_bulletin (id),
    person_id       BIGINT        NOT NULL REFERENCES person (id),
    member_name     VARCHAR(60)   NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    star_cap        INTEGER       NOT NULL,
    ideology        INTEGER       NOT NULL,
    law             INTEGER       NOT NULL,
    customs         INTEGER       NOT NULL,
    liaison         INTEGER       NOT NULL,
    post            INTEGER       NOT NULL,
    target_written  BOOLEAN       NOT NULL,
    study_pages     INTEGER       NOT NULL,
    service_pages   INTEGER       NOT NULL,
    duty_pages      INTEGER       NOT NULL,
    remark          VARCHAR(1000) NOT NULL
);
CREATE INDEX star_progress_bulletin_ix ON star_progress (tenant_code, bulletin_id, member_name);

CREATE TABLE star_debriefing (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_code      VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id        BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    debriefing_year  INTEGER       NOT NULL,
    half             INTEGER       NOT NULL,
    achievements     VARCHAR(2000) NOT NULL,
    shortcomings     VARCHAR(2000) NOT NULL,
    written_at       TIMESTAMP     NOT NULL,
    submitted_at     TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT star_debriefing_half_uk UNIQUE (tenant_code, person_id, debriefing_year, half),
    CONSTRAINT star_debriefing_half_ck CHECK (half BETWEEN 1 AND 2)
);
CREATE INDEX star_debriefing_unit_ix ON star_debriefing (tenant_code, org_unit_id, debriefing_year, half);

CREATE TABLE star_pre_assessment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_code      VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    assessment_year  INTEGER       NOT NULL,
    half             INTEGER       NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    report           VARCHAR(4000) NOT NULL,
    submitted_by     VARCHAR(100),
    submitted_at     TIMESTAMP,
    reviewed_by      VARCHAR(100),
    reviewed_at      TIMESTAMP,
    review_comment   VARCHAR(4000) NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT star_pre_assessment_half_uk UNIQUE (tenant_code, org_unit_id, assessment_year, half),
    CONSTRAINT star_pre_assessment_half_ck CHECK (half BETWEEN 1 AND 2),
    CONSTRAINT star_pre_assessment_state_ck CHECK (state IN ('DRAFT', 'SUBMITTED', 'REVIEWED'))
);

CREATE TABLE star_pre_rating (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    assessment_id  BIGINT        NOT NULL REFERENCES star_pre_assessment (id),
    person_id      BIGINT        NOT NULL REFERENCES person (id),
    star_cap       INTEGER       NOT NULL,
    ideology       INTEGER       NOT NULL,
    law            INTEGER       NOT NULL,
    customs        INTEGER       NOT NULL,
    liaison        INTEGER       NOT NULL,
    post           INTEGER       NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    CONSTRAINT star_pre_rating_member_uk UNIQUE (tenant_code, assessment_id, person_id)
);
