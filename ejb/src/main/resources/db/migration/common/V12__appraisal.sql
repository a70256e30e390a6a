-- 一讲二评三公示 (seed 004): meetings with attendance and narrations, exemptions approved by the
-- superior, leaders' remarks, the secret ballot, and the star-pioneer grades per subject and period.
--
-- The ballot is kept in two tables that cannot be joined on anything but the meeting:
-- ballot_tally holds per-subject sums (no voter, no time, no order of ballots), ballot_receipt
-- holds one keyed hash per voter and meeting (no choice, no time). The hash is an HMAC of the
-- voter under a secret the database does not hold, so the receipt names nobody to whoever reads
-- the tables, while its primary key still refuses a second ballot from the same voter.

CREATE SEQUENCE appraisal_rules_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE meeting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE meeting_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE remark_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE narration_exemption_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ballot_tally_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE grading_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE appraisal_rules (
    id                      BIGINT      NOT NULL PRIMARY KEY,
    tenant_code             VARCHAR(40) NOT NULL REFERENCES tenant (code),
    pioneer_percent         INTEGER     NOT NULL,
    minimum_ballots         INTEGER     NOT NULL,
    life_meeting_day        INTEGER     NOT NULL,
    secretaries_meeting_day INTEGER     NOT NULL,
    version                 BIGINT      NOT NULL,
    CONSTRAINT appraisal_rules_tenant_uk UNIQUE (tenant_code),
    CONSTRAINT appraisal_rules_percent_ck CHECK (pioneer_percent BETWEEN 1 AND 50),
    CONSTRAINT appraisal_rules_ballots_ck CHECK (minimum_ballots BETWEEN 1 AND 50)
);

CREATE TABLE meeting (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    org_unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    kind                 VARCHAR(20)  NOT NULL,
    period_month         DATE         NOT NULL,
    held_on              DATE         NOT NULL,
    topic                VARCHAR(200),
    ballot_state         VARCHAR(20)  NOT NULL,
    ballot_mode          VARCHAR(20),
    paper_ballots        INTEGER      DEFAULT 0 NOT NULL,
    members_confirmed_at TIMESTAMP,
    staff_confirmed_at   TIMESTAMP,
    published_at         TIMESTAMP,
    recorded_by          VARCHAR(100) NOT NULL,
    recorded_at          TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT meeting_period_uk UNIQUE (tenant_code, org_unit_id, kind, period_month)
);
CREATE INDEX meeting_period_ix ON meeting (tenant_code, kind, period_month);

CREATE TABLE meeting_attendance (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    meeting_id     BIGINT        NOT NULL REFERENCES meeting (id),
    person_id      BIGINT        NOT NULL REFERENCES person (id),
    presence       VARCHAR(20)   NOT NULL,
    narration_mode VARCHAR(20),
    narration      VARCHAR(2000),
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT meeting_attendance_uk UNIQUE (tenant_code, meeting_id, person_id)
);

CREATE TABLE narration_exemption (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    person_id     BIGINT        NOT NULL REFERENCES person (id),
    reason        VARCHAR(20)   NOT NULL,
    from_month    DATE          NOT NULL,
    until_month   DATE,
    note          VARCHAR(1000),
    status        VARCHAR(20)   NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP,
    decision_note VARCHAR(1000),
    version       BIGINT        NOT NULL
);
CREATE INDEX narration_exemption_person_ix ON narration_exemption (tenant_code, person_id);

CREATE TABLE remark (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_code       VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    meeting_id        BIGINT        NOT NULL REFERENCES meeting (id),
    kind              VARCHAR(20)   NOT NULL,
    subject_key       VARCHAR(30)   NOT NULL,
    subject_person_id BIGINT        REFERENCES person (id),
    subject_unit_id   BIGINT        REFERENCES org_unit (id),
    progress          VARCHAR(1000) NOT NULL,
    shortcomings      VARCHAR(1000) NOT NULL,
    direction         VARCHAR(1000) NOT NULL,
    remarked_by       VARCHAR(100)  NOT NULL,
    remarked_at       TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT remark_subject_uk UNIQUE (tenant_code, meeting_id, kind, subject_key)
);

CREATE TABLE ballot_tally (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    meeting_id         BIGINT       NOT NULL REFERENCES meeting (id),
    ballot_position    INTEGER      NOT NULL,
    subject_key        VARCHAR(30)  NOT NULL,
    subject_group      VARCHAR(20)  NOT NULL,
    subject_person_id  BIGINT       REFERENCES person (id),
    subject_unit_id    BIGINT       REFERENCES org_unit (id),
    subject_name       VARCHAR(200) NOT NULL,
    choice_good        INTEGER      DEFAULT 0 NOT NULL,
    choice_fairly_good INTEGER      DEFAULT 0 NOT NULL,
    choice_average     INTEGER      DEFAULT 0 NOT NULL,
    choice_poor        INTEGER      DEFAULT 0 NOT NULL,
    choice_unknown     INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT ballot_tally_subject_uk UNIQUE (tenant_code, meeting_id, subject_key)
);

CREATE TABLE ballot_receipt (
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    meeting_id  BIGINT      NOT NULL REFERENCES meeting (id),
    voter_hash  CHAR(64)    NOT NULL,
    CONSTRAINT ballot_receipt_pk PRIMARY KEY (tenant_code, meeting_id, voter_hash)
);

CREATE TABLE grading (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_code       VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    meeting_id        BIGINT        NOT NULL REFERENCES meeting (id),
    subject_key       VARCHAR(30)   NOT NULL,
    subject_group     VARCHAR(20)   NOT NULL,
    subject_person_id BIGINT        REFERENCES person (id),
    subject_unit_id   BIGINT        REFERENCES org_unit (id),
    subject_name      VARCHAR(200)  NOT NULL,
    period_month      DATE          NOT NULL,
    grade             VARCHAR(30)   NOT NULL,
    suggested_grade   VARCHAR(30),
    reason            VARCHAR(1000),
    graded_by         VARCHAR(100)  NOT NULL,
    graded_at         TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT grading_subject_uk UNIQUE (tenant_code, meeting_id, subject_key)
);
CREATE INDEX grading_person_ix ON grading (tenant_code, subject_person_id, period_month);
CREATE INDEX grading_unit_ix ON grading (tenant_code, subject_unit_id, period_month);
