#!/usr/bin/env bash
# Run the whole test suite (sets everything up on first use). Extra arguments go to pytest,
# e.g. ./test.sh tests/core -k import
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
# The collector tests also run on a real PostgreSQL (a private cluster on 127.0.0.1, installed
# from Debian's packages when missing). Without one they run on SQLite only, except in CI.
if pg_env="$(scripts/postgres.sh)"; then
  eval "$pg_env"
elif [ -n "${CI:-}" ]; then
  echo "test.sh: PostgreSQL could not be started; CI needs it for the collector tests." >&2
  exit 1
else
  echo "test.sh: no PostgreSQL here; the collector tests run on SQLite only." >&2
fi
# The mechanical checks first (seconds): lint, format, and the import contracts of pyproject.toml
# (the core never imports Qt; ui/ reaches the core only through Desk; no import cycles).
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
# The tests run in parallel, one pytest-xdist worker per CPU core (WOR_TEST_WORKERS=0: one
# process). Every worker has its own temp folders, WOR_DESK_HOME, template store and collector
# ports; PostgreSQL tests each get their own schema. A test file runs whole in one worker
# (--dist loadfile), so a store that its tests share (module-scoped) is built once per run.
exec .venv/bin/python -m pytest -n "${WOR_TEST_WORKERS:-auto}" --dist loadfile "$@"
