-- PostgreSQL only: the ballot engine's tables are tenant-owned like those of V13.
--
-- First V14's copy of the meeting ballots again, as the owner of the tables with V13's forced
-- row-level security lifted for the duration: an ordinary owner role saw no rows of any tenant in V14.
-- The copy skips what V14 already copied (a superuser sees every row).

ALTER TABLE meeting NO FORCE ROW LEVEL SECURITY;
ALTER TABLE appraisal_rules NO FORCE ROW LEVEL SECURITY;
ALTER TABLE ballot_tally NO FORCE ROW LEVEL SECURITY;
ALTER TABLE ballot_receipt NO FORCE ROW LEVEL SECURITY;

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

ALTER TABLE meeting FORCE ROW LEVEL SECURITY;
ALTER TABLE appraisal_rules FORCE ROW LEVEL SECURITY;
ALTER TABLE ballot_tally FORCE ROW LEVEL SECURITY;
ALTER TABLE ballot_receipt FORCE ROW LEVEL SECURITY;

ALTER TABLE ballot_occasion ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_occasion FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_occasion
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE ballot_subject ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_subject FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_subject
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE ballot_voter ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_voter FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_voter
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE sealed_ballot ENABLE ROW LEVEL SECURITY;
ALTER TABLE sealed_ballot FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sealed_ballot
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE participation_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE participation_code FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON participation_code
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE ballot_count ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_count FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_count
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
