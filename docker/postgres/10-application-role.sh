#!/bin/sh
# Runs once, when the database volume is created: the application's own login, an ordinary role
# (row-level security binds it), allowed to create the schema its migrations then own.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE jiannuo LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '$JIANNUO_DB_PASSWORD';
GRANT CREATE ON DATABASE "$POSTGRES_DB" TO jiannuo;
SQL
