-- The commitment cycle: each tenant's rules of the year, the commitments of people and units,
-- every submitted version of each, and every review decision. Nothing here is ever deleted.
CREATE SEQUENCE commitment_rules_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE commitment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE commitment_revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_decision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE commitment_rules (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    tenant_code            VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    rules_year             INTEGER       NOT NULL,
    categories             VARCHAR(1000) NOT NULL,
    member_minimum         INTEGER       NOT NULL,
    member_maximum         INTEGER       NOT NULL,
    organization_minimum   INTEGER       NOT NULL,
    organization_maximum   INTEGER       NOT NULL,
    publication_deadline   DATE          NOT NULL,
    leading_cadre_duties   BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT commitment_rules_year_uk UNIQUE (tenant_code, rules_year)
);

CREATE TABLE commitment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_year INTEGER       NOT NULL,
    owner_person_id BIGINT        REFERENCES person (id),
    owner_unit_id   BIGINT        REFERENCES org_unit (id),
    reviewing_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    kind            VARCHAR(20)   NOT NULL,
    form            VARCHAR(30)   NOT NULL,
    category        VARCHAR(40)   NOT NULL,
    content         VARCHAR(1000) NOT NULL,
    measures        VARCHAR(2000) NOT NULL,
    due_date        DATE          NOT NULL,
    oral            BOOLEAN       NOT NULL,
    entered_by      VARCHAR(100)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    revision        INTEGER       NOT NULL,
    submitted_at    TIMESTAMP,
    published_on    DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT commitment_owner_ck CHECK ((owner_person_id IS NULL) <> (owner_unit_id IS NULL))
);
CREATE INDEX commitment_person_ix ON commitment (tenant_code, owner_person_id, commitment_year);
CREATE INDEX commitment_unit_ix ON commitment (tenant_code, owner_unit_id, commitment_year);
CREATE INDEX commitment_review_ix ON commitment (tenant_code, reviewing_unit_id, status);

CREATE TABLE commitment_revision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    revision      INTEGER       NOT NULL,
    category      VARCHAR(40)   NOT NULL,
    content       VARCHAR(1000) NOT NULL,
    measures      VARCHAR(2000) NOT NULL,
    due_date      DATE          NOT NULL,
    submitted_at  TIMESTAMP     NOT NULL,
    submitted_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT commitment_revision_uk UNIQUE (tenant_code, commitment_id, revision)
);

CREATE TABLE review_decision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    revision      INTEGER       NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000),
    reviewer      VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMP     NOT NULL,
    -- One decision per submitted version: two reviewers deciding at once cannot both record one.
    CONSTRAINT review_decision_uk UNIQUE (tenant_code, commitment_id, revision)
);
