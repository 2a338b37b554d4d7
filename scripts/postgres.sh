#!/usr/bin/env bash
# A throwaway PostgreSQL for the collector tests (and the sync benchmark).
#
#   eval "$(scripts/postgres.sh)"     # installs if needed, starts, exports WOR_TEST_POSTGRES_URL
#   scripts/postgres.sh stop          # stops the cluster (the data folder stays for a fast restart)
#
# Installs Debian's `postgresql` package when no server binaries are present (apt-get; needs
# root), runs a private cluster with its data under /tmp (not the system cluster), listening
# on 127.0.0.1 only, and creates a role and a database for the tests. Idempotent: when the
# cluster already runs it only prints the URL. Messages go to stderr; stdout carries only
# the `export ...` line.
#
# Settings (environment): WOR_PG_PORT (55432), WOR_PG_DATA (/tmp/wor-desk-pg),
# WOR_PG_USER (wor), WOR_PG_PASSWORD (wor), WOR_PG_DB (wor_collector).
set -euo pipefail

PORT="${WOR_PG_PORT:-55432}"
DATA="${WOR_PG_DATA:-/tmp/wor-desk-pg}"
ROLE="${WOR_PG_USER:-wor}"
PASSWORD="${WOR_PG_PASSWORD:-wor}"
DB="${WOR_PG_DB:-wor_collector}"
SOCKDIR="$DATA.sock"

say() { echo "postgres.sh: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

BIN="$(find_bin || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
    if [ "$(id -u)" != 0 ]; then
        say "PostgreSQL is not installed and this is not root: run 'apt-get install -y postgresql' as root first."
        exit 1
    fi
    say "installing Debian's postgresql package ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
fi

# Root may not run the server: run every server command as the 'postgres' user then.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

if [ "${1:-}" = "stop" ]; then
    if [ -f "$DATA/PG_VERSION" ]; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true; fi
    exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    say "creating a cluster in $DATA ..."
    mkdir -p "$DATA" "$SOCKDIR"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DATA" "$SOCKDIR"; fi
    chmod 700 "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >/dev/null
fi
mkdir -p "$SOCKDIR"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$SOCKDIR"; fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    say "starting on 127.0.0.1:$PORT ..."
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $SOCKDIR -c max_connections=200 -c fsync=off" start >&2
fi

psql_pg() { as_pg "$BIN/psql" -h "$SOCKDIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    psql_pg -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    psql_pg -c "CREATE DATABASE \"$DB\" OWNER \"$ROLE\"" >&2
fi

URL="postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
say "ready: $URL"
echo "export WOR_TEST_POSTGRES_URL='$URL'"
