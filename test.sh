#!/usr/bin/env bash
# Run the whole test suite (sets everything up on first use). Extra arguments go to pytest,
# e.g. ./test.sh tests/core -k import
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
