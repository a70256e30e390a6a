-- PostgreSQL only: the items' unit paths and owner names (V41) filled as the tables' owner with the
-- forced row-level security lifted for the duration, as V23 fills the public keys; then required.
ALTER TABLE org_unit NO FORCE ROW LEVEL SECURITY;
ALTER TABLE person NO FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment NO FORCE ROW LEVEL SECURITY;
UPDATE commitment SET unit_path = (SELECT u.tree_path FROM org_unit u
        WHERE u.id = COALESCE(commitment.owner_unit_id, commitment.reviewing_unit_id)),
    owner_name = COALESCE((SELECT p.name FROM person p WHERE p.id = commitment.owner_person_id),
        (SELECT u.name FROM org_unit u WHERE u.id = commitment.owner_unit_id))
    WHERE unit_path IS NULL;
ALTER TABLE org_unit FORCE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment ALTER COLUMN unit_path SET NOT NULL;
ALTER TABLE commitment ALTER COLUMN owner_name SET NOT NULL;

-- A path prefix (starts_with, see PrefixMatch) is served by a B-tree only with the pattern operator
-- class under a collation other than C. With the status and the id beside it, a subtree's count reads
-- this index alone.
CREATE INDEX commitment_ledger_subtree_ix ON commitment (tenant_code, commitment_year, unit_path varchar_pattern_ops)
    INCLUDE (status, id);

-- A ledger page per sort column: the column, then the ledger's own order, walked either way (descending
-- reverses the ties too), the status beside it for the filter. The unit order is V41's index. Only on
-- PostgreSQL, where the pages have their goal: on H2 each index would slow the daily sweep's updates.
CREATE INDEX commitment_ledger_owner_ix ON commitment (tenant_code, commitment_year, owner_name, unit_path, id)
    INCLUDE (status);
CREATE INDEX commitment_ledger_category_ix ON commitment
    (tenant_code, commitment_year, category, unit_path, owner_name, id) INCLUDE (status);
CREATE INDEX commitment_ledger_due_date_ix ON commitment
    (tenant_code, commitment_year, due_date, unit_path, owner_name, id) INCLUDE (status);
CREATE INDEX commitment_ledger_status_ix ON commitment
    (tenant_code, commitment_year, status, unit_path, owner_name, id);
CREATE INDEX commitment_ledger_progress_ix ON commitment
    (tenant_code, commitment_year, progress, unit_path, owner_name, id) INCLUDE (status);
CREATE INDEX commitment_ledger_last_record_ix ON commitment
    (tenant_code, commitment_year, last_record_month, unit_path, owner_name, id) INCLUDE (status);
CREATE INDEX commitment_ledger_overdue_ix ON commitment
    (tenant_code, commitment_year, overdue_since, unit_path, owner_name, id) INCLUDE (status);
