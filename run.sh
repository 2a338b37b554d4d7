#!/usr/bin/env bash
# Start the WoR Desk app (sets everything up on first use). Extra arguments go to `wor-desk`,
# e.g. ./run.sh --profile demo   or   ./run.sh status
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/wor-desk "$@"
