-- Fulfilment of registered commitments: monthly records with evidence files, quarterly checks by
-- the reviewer, close-out reports and their verification, rectifications with deadlines, and the
-- reminders the daily sweep leaves for owners. Nothing here is ever deleted.
ALTER TABLE commitment ADD COLUMN progress INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE commitment ADD COLUMN last_record_month DATE;
ALTER TABLE commitment ADD COLUMN overdue_since DATE;
ALTER TABLE commitment ADD COLUMN closed_on DATE;
CREATE INDEX commitment_due_ix ON commitment (tenant_code, status, due_date);


ALTER TABLE person ADD COLUMN email VARCHAR(200);

CREATE SEQUENCE fulfilment_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE evidence_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quarterly_check_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE close_out_report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rectification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE fulfilment_record (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    record_month  DATE          NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    progress      INTEGER       NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fulfilment_record_month_uk UNIQUE (tenant_code, commitment_id, record_month),
    CONSTRAINT fulfilment_record_progress_ck CHECK (progress BETWEEN 0 AND 100)
);

CREATE TABLE close_out_report (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    evidence      VARCHAR(2000) NOT NULL,
    reported_by   VARCHAR(100)  NOT NULL,
    reported_at   TIMESTAMP     NOT NULL,
    outcome       VARCHAR(20),
    reason        VARCHAR(1000),
    verified_by   VARCHAR(100),
    verified_at   TIMESTAMP,
    version       BIGINT        NOT NULL
);
CREATE INDEX close_out_report_commitment_ix ON close_out_report (tenant_code, commitment_id);

-- Photos and documents behind a monthly record or a close-out report, checked by type and size.
CREATE TABLE evidence_file (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id       BIGINT        NOT NULL REFERENCES commitment (id),
    fulfilment_record_id BIGINT       REFERENCES fulfilment_record (id),
    close_out_report_id BIGINT        REFERENCES close_out_report (id),
    file_name           VARCHAR(200)  NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    byte_size           INTEGER       NOT NULL,
    content             BYTEA         NOT NULL,
    uploaded_by         VARCHAR(100)  NOT NULL,
    uploaded_at         TIMESTAMP     NOT NULL,
    CONSTRAINT evidence_file_owner_ck CHECK ((fulfilment_record_id IS NULL) <> (close_out_report_id IS NULL))
);
CREATE INDEX evidence_file_commitment_ix ON evidence_file (tenant_code, commitment_id);

CREATE TABLE quarterly_check (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    check_year    INTEGER       NOT NULL,
    check_quarter INTEGER       NOT NULL,
    assessment    VARCHAR(20)   NOT NULL,
    note          VARCHAR(1000),
    checked_by    VARCHAR(100)  NOT NULL,
    checked_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT quarterly_check_uk UNIQUE (tenant_code, commitment_id, check_year, check_quarter),
    CONSTRAINT quarterly_check_quarter_ck CHECK (check_quarter BETWEEN 1 AND 4)
);

CREATE TABLE rectification (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    reason        VARCHAR(1000) NOT NULL,
    deadline      DATE          NOT NULL,
    ordered_by    VARCHAR(100)  NOT NULL,
    ordered_at    TIMESTAMP     NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    report        VARCHAR(2000),
    reported_at   TIMESTAMP,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP,
    reopen_reason VARCHAR(1000),
    overdue_since DATE,
    version       BIGINT        NOT NULL
);
CREATE INDEX rectification_commitment_ix ON rectification (tenant_code, commitment_id);
CREATE INDEX rectification_due_ix ON rectification (tenant_code, status, deadline);

-- What the daily sweep told an owner, once per item, kind and period: re-running the sweep,
-- or running it on every node of a cluster, leaves one reminder.
CREATE TABLE reminder (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    commitment_id BIGINT        NOT NULL REFERENCES commitment (id),
    kind          VARCHAR(30)   NOT NULL,
    period_key    VARCHAR(20)   NOT NULL,
    person_id     BIGINT        REFERENCES person (id),
    unit_id       BIGINT        REFERENCES org_unit (id),
    created_at    TIMESTAMP     NOT NULL,
    read_at       TIMESTAMP,
    mailed_to     VARCHAR(200),
    mailed_at     TIMESTAMP,
    CONSTRAINT reminder_once_uk UNIQUE (tenant_code, commitment_id, kind, period_key),
    CONSTRAINT reminder_recipient_ck CHECK ((person_id IS NULL) <> (unit_id IS NULL))
);
CREATE INDEX reminder_person_ix ON reminder (tenant_code, person_id, read_at);
CREATE INDEX reminder_unit_ix ON reminder (tenant_code, unit_id, read_at);
