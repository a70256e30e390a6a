-- PostgreSQL only: the items' unit paths (V41) filled as the tables' owner with the forced row-level
-- security lifted for the duration, as V23 fills the public keys; then required.
ALTER TABLE org_unit NO FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment NO FORCE ROW LEVEL SECURITY;
UPDATE commitment SET unit_path = (SELECT u.tree_path FROM org_unit u
        WHERE u.id = COALESCE(commitment.owner_unit_id, commitment.reviewing_unit_id))
    WHERE unit_path IS NULL;
ALTER TABLE org_unit FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment ALTER COLUMN unit_path SET NOT NULL;

-- A path prefix (LIKE '/1/3/%') is served by a B-tree only with the pattern operator class under a
-- collation other than C; the plain index of V41 keeps serving the unit order.
CREATE INDEX commitment_ledger_subtree_ix ON commitment (tenant_code, commitment_year, unit_path varchar_pattern_ops);

-- The people list shows those still on the roster: its pages sorted by party status, its counts by
-- status and its pages sorted by unit read these indexes alone (index-only once vacuumed), without
-- visiting the rows of the whole county.
CREATE INDEX person_on_roster_status_ix ON person (tenant_code, party_status, id) WHERE departed_on IS NULL;
CREATE INDEX person_on_roster_unit_ix ON person (tenant_code, org_unit_id, id) WHERE departed_on IS NULL;
