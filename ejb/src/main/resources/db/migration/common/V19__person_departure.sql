-- A person who leaves the tenant's roster (transferred out, deceased, out of the party) is kept, with the
-- day and the reason; rosters, counts and account issuance leave them out.
ALTER TABLE person ADD COLUMN departed_on DATE;
ALTER TABLE person ADD COLUMN departure VARCHAR(20);
