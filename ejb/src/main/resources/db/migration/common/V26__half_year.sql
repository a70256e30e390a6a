-- Half-year summaries (每半年一小结, seeds 000, 001): members' self-reports on their commitments, the
-- branch's half-year bulletin and an organization's quarterly report drafted from the ledger and the
-- grades; and how often leaders comment (monthly as in 004, half-yearly as in 001).

ALTER TABLE appraisal_rules ADD COLUMN remark_cadence VARCHAR(20) DEFAULT 'MONTHLY' NOT NULL;
ALTER TABLE appraisal_rules ADD CONSTRAINT appraisal_rules_cadence_ck
    CHECK (remark_cadence IN ('MONTHLY', 'HALF_YEARLY'));

CREATE SEQUENCE self_report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE bulletin_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE self_report (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id    BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id  BIGINT        NOT NULL REFERENCES org_unit (id),
    report_year  INTEGER       NOT NULL,
    half         INTEGER       NOT NULL,
    done         VARCHAR(2000) NOT NULL,
    undone       VARCHAR(2000) NOT NULL,
    next_steps   VARCHAR(2000) NOT NULL,
    written_at   TIMESTAMP     NOT NULL,
    submitted_at TIMESTAMP,
    version      BIGINT        NOT NULL,
    CONSTRAINT self_report_half_uk UNIQUE (tenant_code, person_id, report_year, half),
    CONSTRAINT self_report_half_ck CHECK (half BETWEEN 1 AND 2)
);
CREATE INDEX self_report_unit_ix ON self_report (tenant_code, org_unit_id, report_year, half);

-- The figures are a snapshot of the ledger and the grades when drafted: a published bulletin says what
-- was true then, whatever the ledger says later.
CREATE TABLE bulletin (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    org_unit_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    kind            VARCHAR(30)   NOT NULL,
    period_year     INTEGER       NOT NULL,
    period_index    INTEGER       NOT NULL,
    items           INTEGER       NOT NULL,
    closed          INTEGER       NOT NULL,
    on_schedule     INTEGER       NOT NULL,
    late            INTEGER       NOT NULL,
    rectified       INTEGER       NOT NULL,
    grade_pioneer   INTEGER       NOT NULL,
    grade_qualified INTEGER       NOT NULL,
    grade_basic     INTEGER       NOT NULL,
    grade_lagging   INTEGER       NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    praised         VARCHAR(8000) NOT NULL,
    urged           VARCHAR(8000) NOT NULL,
    drafted_by      VARCHAR(100)  NOT NULL,
    drafted_at      TIMESTAMP     NOT NULL,
    published_by    VARCHAR(100),
    published_at    TIMESTAMP,
    version         BIGINT        NOT NULL,
    CONSTRAINT bulletin_period_uk UNIQUE (tenant_code, org_unit_id, kind, period_year, period_index),
    CONSTRAINT bulletin_kind_ck CHECK (kind IN ('HALF_YEAR_BULLETIN', 'QUARTERLY_REPORT'))
);
-- The public board reads the published bulletins of a unit.
CREATE INDEX bulletin_published_ix ON bulletin (tenant_code, org_unit_id, published_at);
