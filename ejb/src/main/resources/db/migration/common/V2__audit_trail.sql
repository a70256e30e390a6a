-- Who changed what, when, in which tenant, with the state before and after (JSON).
-- The application only ever inserts here.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    actor_name   VARCHAR(60)   NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    summary      VARCHAR(400)  NOT NULL,
    before_state VARCHAR(8000),
    after_state  VARCHAR(8000)
);
CREATE INDEX audit_entry_time_ix ON audit_entry (tenant_code, occurred_at);
CREATE INDEX audit_entry_entity_ix ON audit_entry (tenant_code, entity_type, entity_id);
