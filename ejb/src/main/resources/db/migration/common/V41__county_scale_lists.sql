-- County scale (issue 16): the ledger of a committee's subtree. Each item keeps the tree path of the unit
-- it belongs to (its owning organization, or the member's branch that reviews it) and its owner's name, so
-- that a subtree's items are a prefix of one indexed column and are sorted without a join per item: the
-- join to the unit tree left the planner guessing (216 rows of 103,878; it then looked up every item's
-- owner one by one) and every page sorted the whole subtree.
-- On PostgreSQL row-level security hides the rows from these statements; V42 fills them there.
ALTER TABLE commitment ADD COLUMN unit_path VARCHAR(1000);
ALTER TABLE commitment ADD COLUMN owner_name VARCHAR(200);
UPDATE commitment SET unit_path = (SELECT u.tree_path FROM org_unit u
        WHERE u.id = COALESCE(commitment.owner_unit_id, commitment.reviewing_unit_id)),
    owner_name = COALESCE((SELECT p.name FROM person p WHERE p.id = commitment.owner_person_id),
        (SELECT u.name FROM org_unit u WHERE u.id = commitment.owner_unit_id))
    WHERE unit_path IS NULL;
-- A year's ledger of a subtree in the ledger's own order (unit, owner, item); on H2 this index also
-- serves the path prefix.
CREATE INDEX commitment_ledger_ix ON commitment (tenant_code, commitment_year, unit_path, owner_name, id);

-- The people list sorted by unit finds the units in name order and each unit's people by the unit
-- index, instead of sorting the whole county; sorted by birth date it walks this index.
CREATE INDEX org_unit_name_ix ON org_unit (tenant_code, name);
CREATE INDEX person_birth_date_ix ON person (tenant_code, birth_date);
