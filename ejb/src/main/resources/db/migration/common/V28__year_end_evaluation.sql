-- Year-end evaluation (评诺, seeds 000, 001): the department's campaign of a year, each branch's evaluation
-- with its three occasions of the ballot engine (mutual, mass, final ballot), its members' lines (leader
-- comment, suggested and proposed result) and the department's settings (mass share, excellent share). The
-- member's annual self-evaluation is a self-report on the whole year.

ALTER TABLE self_report ADD COLUMN period_kind VARCHAR(20) DEFAULT 'HALF_YEAR' NOT NULL;
ALTER TABLE self_report DROP CONSTRAINT self_report_half_uk;
ALTER TABLE self_report DROP CONSTRAINT self_report_half_ck;
ALTER TABLE self_report ADD CONSTRAINT self_report_period_uk
    UNIQUE (tenant_code, person_id, report_year, period_kind, half);
ALTER TABLE self_report ADD CONSTRAINT self_report_period_ck
    CHECK ((period_kind = 'HALF_YEAR' AND half BETWEEN 1 AND 2) OR (period_kind = 'YEAR' AND half = 1));

CREATE SEQUENCE year_end_rules_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE year_end_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE year_end_branch_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE year_end_member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE year_end_rules (
    id                BIGINT      NOT NULL PRIMARY KEY,
    tenant_code       VARCHAR(40) NOT NULL REFERENCES tenant (code),
    mass_percent      INTEGER     NOT NULL,
    excellent_percent INTEGER     NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT year_end_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT year_end_rules_range_ck CHECK (mass_percent BETWEEN 1 AND 100 AND excellent_percent BETWEEN 1 AND 50)
);

CREATE TABLE year_end_campaign (
    id            BIGINT       NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    campaign_year INTEGER      NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    opened_by     VARCHAR(100) NOT NULL,
    opened_at     TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT year_end_campaign_year_uk UNIQUE (tenant_code, campaign_year),
    CONSTRAINT year_end_campaign_dates_ck CHECK (starts_on <= ends_on)
);

-- The occasions' ids are plain numbers: an occasion of the ballot engine knows nothing of what uses it.
CREATE TABLE year_end_branch (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    tenant_code              VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    campaign_id              BIGINT       NOT NULL REFERENCES year_end_campaign (id),
    org_unit_id              BIGINT       NOT NULL REFERENCES org_unit (id),
    state                    VARCHAR(20)  NOT NULL,
    mutual_occasion_id       BIGINT       NOT NULL REFERENCES ballot_occasion (id),
    mass_occasion_id         BIGINT       NOT NULL REFERENCES ballot_occasion (id),
    ballot_occasion_id       BIGINT       NOT NULL REFERENCES ballot_occasion (id),
    panel_representatives    INTEGER      NOT NULL,
    panel_service_recipients INTEGER      NOT NULL,
    panel_partner_units      INTEGER      NOT NULL,
    panel_deputies           INTEGER      NOT NULL,
    panel_investors_or_heads INTEGER      NOT NULL,
    proposed_by              VARCHAR(100),
    proposed_at              TIMESTAMP,
    confirmed_by             VARCHAR(100),
    confirmed_at             TIMESTAMP,
    returned_reason          VARCHAR(500),
    published_at             TIMESTAMP,
    version                  BIGINT       NOT NULL,
    CONSTRAINT year_end_branch_uk UNIQUE (tenant_code, campaign_id, org_unit_id),
    CONSTRAINT year_end_branch_state_ck CHECK (state IN ('EVALUATING', 'PROPOSED', 'CONFIRMED', 'PUBLISHED'))
);

CREATE TABLE year_end_member (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    branch_evaluation_id BIGINT        NOT NULL REFERENCES year_end_branch (id),
    person_id            BIGINT        NOT NULL REFERENCES person (id),
    branch_secretary     BOOLEAN       NOT NULL,
    leader_comment       VARCHAR(1000),
    commented_by         VARCHAR(100),
    commented_at         TIMESTAMP,
    suggested_grade      VARCHAR(20),
    proposed_grade       VARCHAR(20),
    proposal_reason      VARCHAR(500),
    version              BIGINT        NOT NULL,
    CONSTRAINT year_end_member_uk UNIQUE (tenant_code, branch_evaluation_id, person_id),
    CONSTRAINT year_end_member_grade_ck CHECK (
        (suggested_grade IS NULL OR suggested_grade IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED'))
        AND (proposed_grade IS NULL OR proposed_grade IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')))
);
CREATE INDEX year_end_member_person_ix ON year_end_member (tenant_code, person_id);
