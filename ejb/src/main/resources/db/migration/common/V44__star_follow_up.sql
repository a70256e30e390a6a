-- Village star follow-up, point 9 of issue 15 (seed 003, "the use of the star results"): after the year-end
-- ratings are published, members at the commendation threshold are listed for the 七一 commendation and may be
-- marked reserve village cadres (后备干部); members at or below the lagging threshold are managed as lagging, each
-- paired with a best-star helper of the same branch, and the help given is recorded. Keyed on person and year, not
-- on a rating row: a rating may be redone, the follow-up stays with the member.

CREATE SEQUENCE star_follow_up_rules_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_reserve_cadre_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_lagging_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE star_help_seq START WITH 50 INCREMENT BY 50;

-- One row per tenant; a tenant without one has the defaults: commended from 9 stars under the 10-cap and from 5
-- under the 6-cap (the quota thresholds of seed 003), lagging at 3 stars or fewer and 2 or fewer.
CREATE TABLE star_follow_up_rules (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    commend_upper        INTEGER      NOT NULL,
    commend_lower        INTEGER      NOT NULL,
    lagging_upper        INTEGER      NOT NULL,
    lagging_lower        INTEGER      NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT star_follow_up_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT star_follow_up_rules_upper_ck CHECK (lagging_upper BETWEEN 0 AND commend_upper - 1),
    CONSTRAINT star_follow_up_rules_lower_ck CHECK (lagging_lower BETWEEN 0 AND commend_lower - 1)
);

CREATE TABLE star_reserve_cadre (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_code      VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id        BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    reserve_year     INTEGER       NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    marked_by        VARCHAR(100)  NOT NULL,
    marked_at        TIMESTAMP     NOT NULL,
    withdrawn_by     VARCHAR(100),
    withdrawn_at     TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT star_reserve_cadre_uk UNIQUE (tenant_code, person_id, reserve_year)
);
CREATE INDEX star_reserve_cadre_unit_ix ON star_reserve_cadre (tenant_code, reserve_year, org_unit_id);

CREATE TABLE star_lagging (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_code      VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id        BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    lagging_year     INTEGER       NOT NULL,
    helper_id        BIGINT        NOT NULL REFERENCES person (id),
    paired_by        VARCHAR(100)  NOT NULL,
    paired_at        TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT star_lagging_uk UNIQUE (tenant_code, person_id, lagging_year),
    CONSTRAINT star_lagging_not_self_ck CHECK (helper_id <> person_id)
);
CREATE INDEX star_lagging_unit_ix ON star_lagging (tenant_code, lagging_year, org_unit_id);

CREATE TABLE star_help (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_code      VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    lagging_id       BIGINT        NOT NULL REFERENCES star_lagging (id),
    helper_id        BIGINT        NOT NULL REFERENCES person (id),
    helped_on        DATE          NOT NULL,
    note             VARCHAR(2000) NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL
);
CREATE INDEX star_help_lagging_ix ON star_help (tenant_code, lagging_id, helped_on);
