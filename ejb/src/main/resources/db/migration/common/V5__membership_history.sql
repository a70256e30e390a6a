-- Where a person belonged when: one row per stay in a unit. The open row (left_on NULL) is the
-- current one; a transfer closes it and opens the next. Nothing here is ever deleted.
CREATE SEQUENCE membership_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    org_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    joined_on   DATE,
    left_on     DATE
);
CREATE INDEX membership_person_ix ON membership (tenant_code, person_id);
