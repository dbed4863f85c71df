#!/usr/bin/env bash
# Prepares a PostgreSQL server for the test suite: the owning role (runs migrations and creates
# the per-test-file databases), the application role, and a throwaway database.
#   tools/ci-database.sh NAME          create; prints DATABASE_URL=... and DATABASE_APP_PASSWORD=...
#   tools/ci-database.sh --drop NAME   drop it again
# Works with trust authentication (this workplace) and with Debian's default peer/scram set-up.
set -euo pipefail
drop=
if [ "${1:-}" = "--drop" ]; then drop=1; shift; fi
db="${1:?database name}"
host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}"

admin() {
  local args=(-v ON_ERROR_STOP=1 -qtA -d postgres "$@")
  if PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -p "$port" -U postgres -w -c 'SELECT 1' -d postgres >/dev/null 2>&1; then
    PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -p "$port" -U postgres "${args[@]}"
  else
    PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- psql -p "$port" "${args[@]}"
  fi
}

if [ -n "$drop" ]; then
  admin -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null
  admin -c "SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database WHERE datname LIKE 'amparo_test_%'" | while read -r sql; do admin -c "$sql" >/dev/null; done
  exit 0
fi

owner_password=$(node -e "console.log(require('crypto').randomBytes(18).toString('hex'))")
app_password=$(node -e "console.log(require('crypto').randomBytes(18).toString('hex'))")
admin >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_owner') THEN
    CREATE ROLE amparo_owner LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_app') THEN
    CREATE ROLE amparo_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END \$\$;
ALTER ROLE amparo_owner LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS PASSWORD '${owner_password}';
ALTER ROLE amparo_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${app_password}';
-- lets the test suite drop its per-file databases even if a connection lingers
GRANT pg_signal_backend TO amparo_owner;
SQL
admin -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null
admin -c "CREATE DATABASE ${db} OWNER amparo_owner" >/dev/null
echo "DATABASE_URL=postgres://amparo_owner:${owner_password}@${host}:${port}/${db}"
echo "DATABASE_APP_PASSWORD=${app_password}"
