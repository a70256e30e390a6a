-- PostgreSQL only: the people list counts the people still on the roster, of one party status or all,
-- whenever a page is full. With the id beside them, a count by status reads this index alone (an
-- index-only scan) instead of every row of the tenant's people; departed people, who are rarely listed,
-- are left out of it.
CREATE INDEX person_on_roster_ix ON person (tenant_code, party_status) INCLUDE (id) WHERE departed_on IS NULL;
