-- County scale (issue 16). The mail after the daily sweep looks for the reminders not yet mailed
-- nor read: once mailed they leave this index's range, so the search stays small however many
-- reminders a county keeps. People's ID-card prefixes are served by person_id_card_uk on H2.
CREATE INDEX reminder_unmailed_ix ON reminder (tenant_code, mailed_at, read_at, person_id);
