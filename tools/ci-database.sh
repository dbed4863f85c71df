#!/usr/bin/env bash
# Prepares a PostgreSQL server for the test suite: the owning role (runs migrations, may create
# the per-test-file databases), the application role, and a throwaway database.
# Usage: tools/ci-database.sh [database-name]; prints the DATABASE_URL to use.
set -euo pipefail
db="${1:-amparo_ci}"
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGADMINUSER:-postgres}" -d postgres -qtA "$@"; }

psql_admin <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_owner') THEN
    CREATE ROLE amparo_owner LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_app') THEN
    CREATE ROLE amparo_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END \$\$;
ALTER ROLE amparo_app LOGIN NOSUPERUSER NOBYPASSRLS;
SQL
psql_admin -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null
psql_admin -c "CREATE DATABASE ${db} OWNER amparo_owner" >/dev/null
echo "postgres://amparo_owner@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/${db}"
