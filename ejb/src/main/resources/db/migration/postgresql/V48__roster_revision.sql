-- PostgreSQL only: a number per tenant that changes whenever a transaction that changed what a people search counts
-- commits, so that the application can keep the counts of the people list until it changes (RosterCounts) instead
-- of counting a county's 30,000 people for every page. The number comes from a sequence: a value is never given
-- twice, also when a transaction that took one is rolled back, so a count kept under a number is always the count
-- of the roster as committed under that number.
CREATE SEQUENCE roster_revision_seq;

CREATE TABLE roster_revision (
    tenant_code VARCHAR(40) NOT NULL PRIMARY KEY REFERENCES tenant (code),
    revision    BIGINT      NOT NULL
);

-- Taken at commit (the deferred trigger below), so that the row is the last lock a writer takes: two transactions
-- changing the same people wait for each other as before and never deadlock over this row. A transaction takes a
-- new number once per tenant, however many people it changed.
CREATE FUNCTION roster_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed VARCHAR := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_code ELSE NEW.tenant_code END;
BEGIN
    IF current_setting('jiannuo.roster_revised', true) = changed THEN
        RETURN NULL;
    END IF;
    INSERT INTO roster_revision (tenant_code, revision) VALUES (changed, nextval('roster_revision_seq'))
        ON CONFLICT (tenant_code) DO UPDATE SET revision = EXCLUDED.revision;
    PERFORM set_config('jiannuo.roster_revised', changed, true);
    RETURN NULL;
END
$$;

-- Until it commits, the changing transaction itself counts its own changes under the number it has not yet
-- replaced: this flag, set at once and gone with the transaction, tells it not to keep such a count.
CREATE FUNCTION roster_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('jiannuo.roster_touched', 'on', true);
    RETURN NULL;
END
$$;

-- What a people search reads: a person's name, ID card, status, unit and departure; a unit's place in the tree.
CREATE CONSTRAINT TRIGGER person_roster_changed
    AFTER INSERT OR DELETE OR UPDATE OF tenant_code, name, id_card_no, party_status, org_unit_id, departed_on
    ON person DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION roster_changed();
CREATE TRIGGER person_roster_touched
    AFTER INSERT OR DELETE OR UPDATE OF tenant_code, name, id_card_no, party_status, org_unit_id, departed_on
    ON person FOR EACH STATEMENT EXECUTE FUNCTION roster_touched();
CREATE CONSTRAINT TRIGGER org_unit_roster_changed
    AFTER INSERT OR DELETE OR UPDATE OF tenant_code, tree_path
    ON org_unit DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION roster_changed();
CREATE TRIGGER org_unit_roster_touched
    AFTER INSERT OR DELETE OR UPDATE OF tenant_code, tree_path
    ON org_unit FOR EACH STATEMENT EXECUTE FUNCTION roster_touched();

INSERT INTO roster_revision (tenant_code, revision) SELECT code, nextval('roster_revision_seq') FROM tenant;

ALTER TABLE roster_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE roster_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON roster_revision
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

-- The people of a unit still on the roster in the order of their ids, from the index alone: the people list sorted
-- by unit walks the units by name and each unit's people through it (a deep page of a county: 21 ms to 7 ms).
CREATE INDEX person_unit_roster_ix ON person (tenant_code, org_unit_id, id) WHERE departed_on IS NULL;
