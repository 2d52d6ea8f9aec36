#!/usr/bin/env bash
# Prints `export DERBES_TEST_PG_URL=...` for a real PostgreSQL server the tests may use.
# On this project's machines (Debian, root) it starts the packaged server as the postgres
# user and creates the tests' role and database. Elsewhere it prints nothing; the
# PostgreSQL tests then skip locally and fail in CI (CI=true), never silently pass.
set -u
if [ -n "${DERBES_TEST_PG_URL:-}" ]; then
    echo "export DERBES_TEST_PG_URL='${DERBES_TEST_PG_URL}'"
    exit 0
fi
command -v pg_lsclusters >/dev/null 2>&1 || exit 0
[ "$(id -u)" = 0 ] || exit 0
if ! pg_lsclusters -h 2>/dev/null | grep -q online; then
    service postgresql start >/dev/null 2>&1 || exit 0
fi
for _ in $(seq 1 30); do
    su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
    sleep 0.5
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='derbes_test'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"create role derbes_test login createdb password 'derbes_test'\"" >/dev/null
# Dropping a test database WITH (FORCE) must be able to end other sessions (autovacuum's).
su postgres -c "psql -qc 'grant pg_signal_backend to derbes_test'" >/dev/null 2>&1
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='derbes_test'\"" | grep -q 1 ||
    su postgres -c "createdb -O derbes_test derbes_test" >/dev/null
port=$(pg_lsclusters -h | awk '$4=="online"{print $3; exit}')
echo "export DERBES_TEST_PG_URL='postgresql+psycopg://derbes_test:derbes_test@127.0.0.1:${port:-5432}/derbes_test'"
