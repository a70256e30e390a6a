-- Accounts for the people of the roster, posts that grant roles, personal API tokens.

ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN language VARCHAR(10);
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE user_account ADD COLUMN last_login_at TIMESTAMP;
-- One account per person.
CREATE UNIQUE INDEX user_account_person_uk ON user_account (tenant_code, person_id);

-- The grants of an account are read on every request: from the posts on the unit and from post.
CREATE INDEX org_unit_secretary_ix ON org_unit (secretary_id);
CREATE INDEX org_unit_head_ix ON org_unit (administrative_head_id);
-- Sign-in with the mobile number.
CREATE INDEX person_phone_ix ON person (tenant_code, phone);

-- How new usernames are made: MOBILE (the mobile number, else pinyin) or PINYIN (initials and digits).
ALTER TABLE tenant ADD COLUMN username_scheme VARCHAR(20) DEFAULT 'MOBILE' NOT NULL;

CREATE SEQUENCE post_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE post (
    id           BIGINT      NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40) NOT NULL REFERENCES tenant (code),
    person_id    BIGINT      NOT NULL REFERENCES person (id),
    -- null: the whole tenant (department admin, or a leader appointed at the top)
    org_unit_id  BIGINT      REFERENCES org_unit (id),
    kind         VARCHAR(30) NOT NULL,
    appointed_on DATE        NOT NULL,
    version      BIGINT      NOT NULL
);
CREATE INDEX post_person_ix ON post (tenant_code, person_id);
CREATE INDEX post_unit_ix ON post (tenant_code, org_unit_id);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    account_id   BIGINT       NOT NULL REFERENCES user_account (id),
    name         VARCHAR(100) NOT NULL,
    -- SHA-256 of the token's secret part, hex; the token itself is shown once and never stored
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    version      BIGINT       NOT NULL,
    CONSTRAINT api_token_secret_uk UNIQUE (secret_hash)
);
CREATE INDEX api_token_account_ix ON api_token (tenant_code, account_id);
