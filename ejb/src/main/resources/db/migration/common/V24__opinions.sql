-- The suggestion box and public phone of 三公示 (seed 004): opinions on a unit, a published commitment or a
-- published grade, handled by the unit that answers for the target, and the department's rules for them.
-- The writer's tracking code is kept only as a keyed hash (unique: the lookup is one index probe); the
-- sender's address likewise, only to count the hour's opinions against the rate limit. The writer's name and
-- contact are for the handlers alone. spent_challenge keeps solved anti-bot challenges until they expire, so
-- that none is used twice on any node; it belongs to no tenant, as a challenge is handed out before one is known.
-- Each unit shows a public phone on its board.

ALTER TABLE org_unit ADD COLUMN public_phone VARCHAR(40);

CREATE SEQUENCE opinion_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE opinion_rules_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE opinion_rules (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40) NOT NULL REFERENCES tenant (code),
    handling_days        INTEGER     NOT NULL,
    longest_text         INTEGER     NOT NULL,
    per_address_per_hour INTEGER     NOT NULL,
    per_target_per_hour  INTEGER     NOT NULL,
    version              BIGINT      NOT NULL,
    CONSTRAINT opinion_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT opinion_rules_days_ck CHECK (handling_days BETWEEN 1 AND 90),
    CONSTRAINT opinion_rules_text_ck CHECK (longest_text BETWEEN 50 AND 4000)
);

CREATE TABLE opinion (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    tenant_code            VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    target_kind            VARCHAR(20)   NOT NULL,
    target_unit_id         BIGINT        REFERENCES org_unit (id),
    target_commitment_id   BIGINT        REFERENCES commitment (id),
    target_grading_id      BIGINT        REFERENCES grading (id),
    target_label           VARCHAR(600)  NOT NULL,
    handler_unit_id        BIGINT        NOT NULL REFERENCES org_unit (id),
    channel                VARCHAR(20)   NOT NULL,
    text                   VARCHAR(4000) NOT NULL,
    writer_name            VARCHAR(60),
    writer_contact         VARCHAR(100),
    tracking_hash          VARCHAR(64)   NOT NULL,
    address_hash           VARCHAR(64),
    entered_by             VARCHAR(100),
    received_at            TIMESTAMP     NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    deadline               DATE          NOT NULL,
    forwarded_from_unit_id BIGINT        REFERENCES org_unit (id),
    forward_note           VARCHAR(1000),
    reply                  VARCHAR(4000),
    replied_by             VARCHAR(100),
    replied_at             TIMESTAMP,
    closing_note           VARCHAR(1000),
    closed_by              VARCHAR(100),
    closed_at              TIMESTAMP,
    version                BIGINT        NOT NULL,
    CONSTRAINT opinion_tracking_uk UNIQUE (tracking_hash),
    CONSTRAINT opinion_one_target_ck CHECK (
        (target_kind = 'UNIT' AND target_unit_id IS NOT NULL AND target_commitment_id IS NULL AND target_grading_id IS NULL)
        OR (target_kind = 'COMMITMENT' AND target_commitment_id IS NOT NULL AND target_unit_id IS NULL AND target_grading_id IS NULL)
        OR (target_kind = 'GRADE' AND target_grading_id IS NOT NULL AND target_unit_id IS NULL AND target_commitment_id IS NULL))
);
CREATE INDEX opinion_handler_ix ON opinion (tenant_code, handler_unit_id, state, deadline);
CREATE INDEX opinion_address_ix ON opinion (tenant_code, address_hash, received_at);
CREATE INDEX opinion_target_unit_ix ON opinion (tenant_code, target_unit_id, received_at);
CREATE INDEX opinion_target_commitment_ix ON opinion (tenant_code, target_commitment_id, received_at);
CREATE INDEX opinion_target_grading_ix ON opinion (tenant_code, target_grading_id, received_at);

CREATE TABLE spent_challenge (
    challenge  VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX spent_challenge_expiry_ix ON spent_challenge (expires_at);
