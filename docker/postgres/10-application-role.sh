#!/bin/sh
# Runs once, when the database volume is created: the application's own login, an ordinary role
# (row-level security binds it), allowed to create the schema its migrations then own.
# The password goes in as a psql variable, quoted by psql (:'password'), so any character is safe in it.
set -e
psql -v ON_ERROR_STOP=1 -v password="$JIANNUO_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE jiannuo LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'password';
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -c "GRANT CREATE ON DATABASE \"$POSTGRES_DB\" TO jiannuo;"
