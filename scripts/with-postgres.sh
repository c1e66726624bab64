#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on loopback, then removes it.
#   bash scripts/with-postgres.sh npm run -s test:pg
# Sets DATABASE_URL, E2E_DATABASE_URL and E2E_FULL_DATABASE_URL for the command.
set -euo pipefail
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)"; exit 1; }
PORT=${CTSTATS_PG_PORT:-55432}
DIR=$(mktemp -d /tmp/ctstats-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$DIR"
fi
stop() { as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/log" -w start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres ctstats
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres ctstats_full
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/ctstats"
export E2E_DATABASE_URL="$DATABASE_URL"
# The full-data browser-test server (seeds + reference data) needs a database of its own.
export E2E_FULL_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/ctstats_full"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PORT"
"$@"
