-- An audit entry names what happened as a key and its arguments, so the audit screen words it in the reader's
-- language (the keys are AuditEvent's constants, the words in summaries*.properties). The summary column keeps the
-- Chinese text as before, for whoever reads the table itself; entries written before this have only that text,
-- and the screen shows it as it is.
ALTER TABLE audit_entry ADD COLUMN summary_key VARCHAR(40);
ALTER TABLE audit_entry ADD COLUMN summary_arguments VARCHAR(2000);
