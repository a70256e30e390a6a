-- A dissolved unit stays in the tree, with the day it was dissolved: its history is kept.
ALTER TABLE org_unit ADD COLUMN dissolved_on DATE;
