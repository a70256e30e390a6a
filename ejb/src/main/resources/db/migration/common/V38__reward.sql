-- Reward (奖诺, seeds 000, 001) after a branch's published year-end evaluation: excellent members designated
-- party member model posts (党员示范岗) with a certificate, and poor performers' personal rectifications
-- (个人整改) with a deadline, run as a commitment's rectification is; one who refuses to rectify is fixed as
-- 不合格 and the organizational handling (组织处置) is recorded on the rectification.

CREATE SEQUENCE year_end_model_post_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE year_end_rectification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE year_end_model_post (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    member_evaluation_id BIGINT       NOT NULL REFERENCES year_end_member (id),
    post_title           VARCHAR(60)  NOT NULL,
    issuer               VARCHAR(200) NOT NULL,
    designated_by        VARCHAR(100) NOT NULL,
    designated_at        TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT year_end_model_post_uk UNIQUE (tenant_code, member_evaluation_id)
);

CREATE TABLE year_end_rectification (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    member_evaluation_id BIGINT        NOT NULL REFERENCES year_end_member (id),
    reason               VARCHAR(1000) NOT NULL,
    deadline             DATE          NOT NULL,
    ordered_by           VARCHAR(100)  NOT NULL,
    ordered_at           TIMESTAMP     NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    report               VARCHAR(2000),
    reported_at          TIMESTAMP,
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMP,
    reopen_reason        VARCHAR(1000),
    handling             VARCHAR(30),
    handling_reason      VARCHAR(1000),
    handled_by           VARCHAR(100),
    handled_at           TIMESTAMP,
    grade_before         VARCHAR(20),
    version              BIGINT        NOT NULL,
    -- One rectification per member and year-end evaluation: a reopened one runs on, a new one is not ordered.
    CONSTRAINT year_end_rectification_uk UNIQUE (tenant_code, member_evaluation_id),
    CONSTRAINT year_end_rectification_status_ck CHECK (status IN ('OPEN', 'REPORTED', 'ACCEPTED')),
    CONSTRAINT year_end_rectification_handling_ck CHECK (
        handling IS NULL OR handling IN ('CORRECTION_WITHIN_TERM', 'PERSUADED_TO_LEAVE', 'STRUCK_OFF'))
);
CREATE INDEX year_end_rectification_due_ix ON year_end_rectification (tenant_code, status, deadline);
