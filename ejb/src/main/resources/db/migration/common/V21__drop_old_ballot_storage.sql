-- The meeting ballot's storage before the ballot engine (V12), retired (issue 12). Since V14 a meeting's
-- voters are in ballot_voter and its counts in ballot_count; V14 (and on PostgreSQL V15) copied what
-- V12 held, and nothing has written ballot_receipt or the count columns of ballot_tally since. Every
-- deployment runs V14 and V15 before this, so nothing is lost. ballot_tally keeps the meeting's subjects
-- as the meeting grades them: position, group, person or unit, name.
-- On PostgreSQL dropping ballot_receipt drops its row-level security policy (V13) with it.

DROP TABLE ballot_receipt;

ALTER TABLE ballot_tally DROP COLUMN choice_good;
ALTER TABLE ballot_tally DROP COLUMN choice_fairly_good;
ALTER TABLE ballot_tally DROP COLUMN choice_average;
ALTER TABLE ballot_tally DROP COLUMN choice_poor;
ALTER TABLE ballot_tally DROP COLUMN choice_unknown;
