-- Portable SQL: the same script runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Every tenant-owned table carries tenant_code, the discriminator EclipseLink filters on.
-- Sequences start at their increment: EclipseLink reads a value as the last id of a block of 50.

CREATE SEQUENCE tenant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE tenant (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT tenant_code_uk UNIQUE (code)
);

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    parent_id   BIGINT       REFERENCES org_unit (id),
    unit_type   VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    -- materialized path of ids, '/1/51/101/': a subtree is one indexed prefix match
    tree_path   VARCHAR(1000) NOT NULL,
    depth       INTEGER      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX org_unit_parent_ix ON org_unit (tenant_code, parent_id);
CREATE INDEX org_unit_path_ix ON org_unit (tenant_code, tree_path);

CREATE TABLE person (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    org_unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    name                VARCHAR(60)  NOT NULL,
    id_card_no          VARCHAR(18)  NOT NULL,
    gender              VARCHAR(10)  NOT NULL,
    birth_date          DATE         NOT NULL,
    party_status        VARCHAR(30)  NOT NULL,
    joined_party_on     DATE,
    post                VARCHAR(100),
    assigned_post       VARCHAR(100),
    leading_cadre_level VARCHAR(20),
    secretary           BOOLEAN      NOT NULL,
    retired             BOOLEAN      NOT NULL,
    infirm              BOOLEAN      NOT NULL,
    floating            BOOLEAN      NOT NULL,
    floating_location   VARCHAR(200),
    village_category    VARCHAR(30),
    phone               VARCHAR(20),
    version             BIGINT       NOT NULL,
    CONSTRAINT person_id_card_uk UNIQUE (tenant_code, id_card_no)
);
CREATE INDEX person_unit_ix ON person (tenant_code, org_unit_id);
CREATE INDEX person_name_ix ON person (tenant_code, name);

ALTER TABLE org_unit ADD COLUMN secretary_id BIGINT REFERENCES person (id);
ALTER TABLE org_unit ADD COLUMN administrative_head_id BIGINT REFERENCES person (id);

CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(60)  NOT NULL,
    roles         VARCHAR(400) NOT NULL,
    person_id     BIGINT       REFERENCES person (id),
    org_unit_id   BIGINT       REFERENCES org_unit (id),
    enabled       BOOLEAN      NOT NULL,
    failed_logins INTEGER      NOT NULL,
    locked_until  TIMESTAMP,
    version       BIGINT       NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (tenant_code, username)
);
