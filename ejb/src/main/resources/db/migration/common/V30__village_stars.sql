-- Village party member star management (农村党员创星, seed 003): the department's caps, aspects and 1+2 rule;
-- each member's year target (创星目标责任书), the village's households and their liaisons (联户), the posts
-- members claim (设岗定责) and the star log book (纪实手册) with its photos. The ratings of points 7-10
-- (quarterly bulletin, pre-assessment, year-end appraisal) hold their stars in the same five columns.

CREATE SEQUENCE star_rules_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_target_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE village_household_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE household_liaison_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE duty_post_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE post_claim_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_log_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_log_photo_seq START WITH 50 INCREMENT BY 50;

-- One row per tenant; a tenant without one has the seed's defaults (10, 10, 6, 6; two stars an aspect; 1-2).
CREATE TABLE star_rules (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    cap_village_cadre  INTEGER       NOT NULL,
    cap_farming        INTEGER       NOT NULL,
    cap_no_work        INTEGER       NOT NULL,
    cap_working_away   INTEGER       NOT NULL,
    most_ideology      INTEGER       NOT NULL,
    most_law           INTEGER       NOT NULL,
    most_customs       INTEGER       NOT NULL,
    most_liaison       INTEGER       NOT NULL,
    most_post          INTEGER       NOT NULL,
    standard_ideology  VARCHAR(1000),
    standard_law       VARCHAR(1000),
    standard_customs   VARCHAR(1000),
    standard_liaison   VARCHAR(1000),
    standard_post      VARCHAR(1000),
    liaison_min        INTEGER       NOT NULL,
    liaison_max        INTEGER       NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT star_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT star_rules_liaison_ck CHECK (liaison_min BETWEEN 0 AND liaison_max)
);

CREATE TABLE star_target (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id    BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id  BIGINT        NOT NULL REFERENCES org_unit (id),
    target_year  INTEGER       NOT NULL,
    category     VARCHAR(30)   NOT NULL,
    star_cap     INTEGER       NOT NULL,
    ideology     INTEGER       NOT NULL,
    law          INTEGER       NOT NULL,
    customs      INTEGER       NOT NULL,
    liaison      INTEGER       NOT NULL,
    post         INTEGER       NOT NULL,
    measures     VARCHAR(2000) NOT NULL,
    written_at   TIMESTAMP     NOT NULL,
    signed_on    DATE,
    signed_by    VARCHAR(100),
    version      BIGINT        NOT NULL,
    CONSTRAINT star_target_year_uk UNIQUE (tenant_code, person_id, target_year)
);
CREATE INDEX star_target_unit_ix ON star_target (tenant_code, org_unit_id, target_year);

-- Head, address and phone are private: only those who keep the village's roster and the member in touch read them.
CREATE TABLE village_household (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id  BIGINT        NOT NULL REFERENCES org_unit (id),
    head         VARCHAR(60)   NOT NULL,
    address      VARCHAR(200)  NOT NULL,
    phone        VARCHAR(20),
    version      BIGINT        NOT NULL
);
CREATE INDEX village_household_unit_ix ON village_household (tenant_code, org_unit_id);

CREATE TABLE household_liaison (
    id            BIGINT       NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    person_id     BIGINT       NOT NULL REFERENCES person (id),
    household_id  BIGINT       NOT NULL REFERENCES village_household (id),
    since         DATE         NOT NULL,
    ended_on      DATE
);
CREATE INDEX household_liaison_person_ix ON household_liaison (tenant_code, person_id);
CREATE INDEX household_liaison_household_ix ON household_liaison (tenant_code, household_id);

-- A post a township (or the department, unit NULL) defines beside the seed's four basic posts.
CREATE TABLE duty_post (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id  BIGINT        REFERENCES org_unit (id),
    name         VARCHAR(100)  NOT NULL,
    duties       VARCHAR(500)  NOT NULL,
    defined_by   VARCHAR(100)  NOT NULL
);

CREATE TABLE post_claim (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id     BIGINT        NOT NULL REFERENCES person (id),
    claim_year    INTEGER       NOT NULL,
    basic_post    VARCHAR(40),
    duty_post_id  BIGINT        REFERENCES duty_post (id),
    duty          VARCHAR(500)  NOT NULL,
    claimed_on    DATE          NOT NULL,
    CONSTRAINT post_claim_one_post_ck CHECK ((basic_post IS NULL) <> (duty_post_id IS NULL))
);
CREATE INDEX post_claim_person_ix ON post_claim (tenant_code, person_id, claim_year);

CREATE TABLE star_log_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id      BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id    BIGINT        NOT NULL REFERENCES org_unit (id),
    entry_date     DATE          NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    household_id   BIGINT        REFERENCES village_household (id),
    post_claim_id  BIGINT        REFERENCES post_claim (id),
    written_by     VARCHAR(100)  NOT NULL,
    written_at     TIMESTAMP     NOT NULL,
    CONSTRAINT star_log_entry_kind_ck CHECK (kind IN ('STUDY', 'HOUSEHOLD_SERVICE', 'POST_DUTY'))
);
CREATE INDEX star_log_entry_person_ix ON star_log_entry (tenant_code, person_id, entry_date);
CREATE INDEX star_log_entry_unit_ix ON star_log_entry (tenant_code, org_unit_id, entry_date);

CREATE TABLE star_log_photo (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    entry_id     BIGINT        NOT NULL REFERENCES star_log_entry (id),
    file_name    VARCHAR(200)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    byte_size    INTEGER       NOT NULL,
    content      BYTEA         NOT NULL
);
CREATE INDEX star_log_photo_entry_ix ON star_log_photo (tenant_code, entry_id);
