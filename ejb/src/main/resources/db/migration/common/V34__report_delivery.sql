-- Report subscriptions and their delivery (issue 16): which report goes to the holders of which post and when,
-- the runs that generate one period's documents (the batch's job repository: state, counts and checkpoint),
-- and every document delivered, kept as the recipient's inbox and archive.

CREATE SEQUENCE report_subscription_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE delivery_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_subscription (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    report       VARCHAR(30)  NOT NULL,
    audience     VARCHAR(30)  NOT NULL,
    day_of_month INTEGER      NOT NULL,
    hour_of_day  INTEGER      NOT NULL,
    active       BOOLEAN      NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT report_subscription_report_ck
        CHECK (report IN ('EVALUATION_TABLES', 'HALF_YEAR_BULLETIN', 'LEDGER', 'ANNUAL_SUMMARY')),
    CONSTRAINT report_subscription_audience_ck
        CHECK (audience IN ('LEADER', 'COMMITTEE_SECRETARY', 'BRANCH_SECRETARY')),
    CONSTRAINT report_subscription_day_ck CHECK (day_of_month BETWEEN 1 AND 28),
    CONSTRAINT report_subscription_hour_ck CHECK (hour_of_day BETWEEN 0 AND 23)
);

-- One run per subscription and period: two nodes firing at once create it once.
CREATE TABLE delivery_run (
    id              BIGINT      NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40) NOT NULL REFERENCES tenant (code),
    subscription_id BIGINT      NOT NULL REFERENCES report_subscription (id),
    period          VARCHAR(10) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    recipients      INTEGER     NOT NULL,
    processed       INTEGER     NOT NULL,
    delivered       INTEGER     NOT NULL,
    checkpoint_key  VARCHAR(60),
    started_at      TIMESTAMP   NOT NULL,
    heartbeat_at    TIMESTAMP,
    finished_at     TIMESTAMP,
    version         BIGINT      NOT NULL,
    CONSTRAINT delivery_run_period_uk UNIQUE (tenant_code, subscription_id, period),
    CONSTRAINT delivery_run_state_ck CHECK (state IN ('RUNNING', 'STOPPING', 'STOPPED', 'COMPLETED'))
);
CREATE INDEX delivery_run_state_ix ON delivery_run (tenant_code, state);

-- The delivery key: one document per subscription, period and recipient; the insert decides.
CREATE TABLE delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    subscription_id BIGINT        NOT NULL REFERENCES report_subscription (id),
    period          VARCHAR(10)   NOT NULL,
    recipient_key   VARCHAR(60)   NOT NULL,
    person_id       BIGINT        NOT NULL REFERENCES person (id),
    org_unit_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    report          VARCHAR(30)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    document        BYTEA         NOT NULL,
    document_size   BIGINT        NOT NULL,
    delivered_at    TIMESTAMP     NOT NULL,
    mail_to         VARCHAR(200),
    mail_state      VARCHAR(20)   NOT NULL,
    mail_attempts   INTEGER       NOT NULL,
    next_mail_at    TIMESTAMP,
    mailed_at       TIMESTAMP,
    read_at         TIMESTAMP,
    version         BIGINT        NOT NULL,
    CONSTRAINT delivery_key_uk UNIQUE (tenant_code, subscription_id, period, recipient_key),
    CONSTRAINT delivery_mail_state_ck
        CHECK (mail_state IN ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED', 'GAVE_UP'))
);
CREATE INDEX delivery_inbox_ix ON delivery (tenant_code, person_id, delivered_at);
CREATE INDEX delivery_mail_ix ON delivery (tenant_code, mail_state, next_mail_at);
