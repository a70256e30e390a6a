-- One secret-ballot engine for every occasion (issue 12): the monthly meeting's ballot, the year-end
-- ballot, the masses' satisfaction form cast with one-time participation codes.
--
-- What is stored, and what is not:
--   ballot_voter      one keyed hash (HMAC under a key the database never holds) per voter and occasion:
--                     who voted, unreadable without the key; no choice, no time.
--   sealed_ballot     one ballot encrypted with AES-256-GCM under a key derived from the same secret,
--                     under a random primary key: no voter, no time, no sequence. Opened, counted and
--                     deleted at close, in one transaction.
--   participation_code the keyed hash of a one-time code and whether it is spent; names nobody.
--   ballot_count      per-subject sums, written only when the occasion closes (or a paper ballot's
--                     counts are entered), never by a voter's transaction.
-- A voter's transaction therefore carries no choice in clear in any statement or parameter.
--
-- The meeting ballots of V12 move here: their counts, subjects and receipts are copied (on PostgreSQL
-- V15 copies them again as the table owner, whom V13's forced row-level security would otherwise
-- hide them from). ballot_receipt and the count columns of ballot_tally are no longer written; they
-- stay until every deployment has run V15.

CREATE SEQUENCE ballot_occasion_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ballot_subject_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ballot_occasion (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    owner_kind      VARCHAR(20)  NOT NULL,
    owner_id        BIGINT,
    org_unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    title           VARCHAR(200) NOT NULL,
    scale           VARCHAR(30)  NOT NULL,
    eligibility     VARCHAR(30)  NOT NULL,
    voting_mode     VARCHAR(20)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    minimum_ballots INTEGER      NOT NULL,
    paper_ballots   INTEGER      DEFAULT 0 NOT NULL,
    codes_issued    INTEGER      DEFAULT 0 NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT ballot_occasion_owner_uk UNIQUE (tenant_code, owner_kind, owner_id)
);
CREATE INDEX ballot_occasion_unit_ix ON ballot_occasion (tenant_code, org_unit_id);

CREATE TABLE ballot_subject (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    occasion_id     BIGINT       NOT NULL REFERENCES ballot_occasion (id),
    ballot_position INTEGER      NOT NULL,
    subject_key     VARCHAR(30)  NOT NULL,
    subject_name    VARCHAR(200) NOT NULL,
    CONSTRAINT ballot_subject_uk UNIQUE (tenant_code, occasion_id, subject_key)
);

CREATE TABLE ballot_voter (
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    occasion_id BIGINT      NOT NULL REFERENCES ballot_occasion (id),
    voter_hash  CHAR(64)    NOT NULL,
    CONSTRAINT ballot_voter_pk PRIMARY KEY (tenant_code, occasion_id, voter_hash)
);

CREATE TABLE sealed_ballot (
    id          CHAR(32)      NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40)   NOT NULL REFERENCES tenant (code),
    occasion_id BIGINT        NOT NULL REFERENCES ballot_occasion (id),
    sealed      VARCHAR(4000) NOT NULL
);
CREATE INDEX sealed_ballot_occasion_ix ON sealed_ballot (tenant_code, occasion_id);

CREATE TABLE participation_code (
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    code_hash   CHAR(64)    NOT NULL,
    occasion_id BIGINT      NOT NULL REFERENCES ballot_occasion (id),
    spent       BOOLEAN     NOT NULL,
    CONSTRAINT participation_code_pk PRIMARY KEY (tenant_code, code_hash)
);
CREATE INDEX participation_code_occasion_ix ON participation_code (tenant_code, occasion_id);

CREATE TABLE ballot_count (
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    occasion_id BIGINT      NOT NULL REFERENCES ballot_occasion (id),
    subject_key VARCHAR(30) NOT NULL,
    choice      VARCHAR(30) NOT NULL,
    votes       INTEGER     NOT NULL,
    CONSTRAINT ballot_count_pk PRIMARY KEY (tenant_code, occasion_id, subject_key, choice),
    CONSTRAINT ballot_count_votes_ck CHECK (votes >= 0)
);

-- The ballots of V12's meetings.
INSERT INTO ballot_occasion (id, tenant_code, owner_kind, owner_id, org_unit_id, title, scale, eligibility,
        voting_mode, state, minimum_ballots, paper_ballots, codes_issued, created_by, created_at, version)
    SELECT nextval('ballot_occasion_seq'), m.tenant_code, 'MEETING', m.id, m.org_unit_id,
           m.kind || ' ' || m.period_month, 'APPRAISAL', 'ATTENDEES', COALESCE(m.ballot_mode, 'ELECTRONIC'),
           m.ballot_state, COALESCE(r.minimum_ballots, 3), m.paper_ballots, 0, m.recorded_by, m.recorded_at, 1
    FROM meeting m LEFT JOIN appraisal_rules r ON r.tenant_code = m.tenant_code
    WHERE m.ballot_state <> 'NOT_OPENED'
      AND NOT EXISTS (SELECT 1 FROM ballot_occasion o WHERE o.tenant_code = m.tenant_code
                      AND o.owner_kind = 'MEETING' AND o.owner_id = m.id);

INSERT INTO ballot_subject (id, tenant_code, occasion_id, ballot_position, subject_key, subject_name)
    SELECT nextval('ballot_subject_seq'), t.tenant_code, o.id, t.ballot_position, t.subject_key, t.subject_name
    FROM ballot_tally t JOIN ballot_occasion o ON o.tenant_code = t.tenant_code AND o.owner_kind = 'MEETING'
                                               AND o.owner_id = t.meeting_id
    WHERE NOT EXISTS (SELECT 1 FROM ballot_subject s WHERE s.tenant_code = o.tenant_code
                      AND s.occasion_id = o.id AND s.subject_key = t.subject_key);

INSERT INTO ballot_count (tenant_code, occasion_id, subject_key, choice, votes)
    SELECT t.tenant_code, o.id, t.subject_key, c.choice,
           CASE c.choice WHEN 'GOOD' THEN t.choice_good WHEN 'FAIRLY_GOOD' THEN t.choice_fairly_good
                         WHEN 'AVERAGE' THEN t.choice_average WHEN 'POOR' THEN t.choice_poor
                         ELSE t.choice_unknown END
    FROM ballot_tally t
    JOIN ballot_occasion o ON o.tenant_code = t.tenant_code AND o.owner_kind = 'MEETING' AND o.owner_id = t.meeting_id
    CROSS JOIN (SELECT 'GOOD' AS choice UNION ALL SELECT 'FAIRLY_GOOD' UNION ALL SELECT 'AVERAGE'
                UNION ALL SELECT 'POOR' UNION ALL SELECT 'UNKNOWN') c
    WHERE NOT EXISTS (SELECT 1 FROM ballot_count k WHERE k.tenant_code = o.tenant_code AND k.occasion_id = o.id
                      AND k.subject_key = t.subject_key AND k.choice = c.choice);

INSERT INTO ballot_voter (tenant_code, occasion_id, voter_hash)
    SELECT r.tenant_code, o.id, r.voter_hash
    FROM ballot_receipt r
    JOIN ballot_occasion o ON o.tenant_code = r.tenant_code AND o.owner_kind = 'MEETING' AND o.owner_id = r.meeting_id
    WHERE NOT EXISTS (SELECT 1 FROM ballot_voter v WHERE v.tenant_code = o.tenant_code AND v.occasion_id = o.id
                      AND v.voter_hash = r.voter_hash);
