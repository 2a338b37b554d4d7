#!/usr/bin/env bash
# Create or reuse the project's virtual environment (.venv) and install WoR Desk into it.
# Used by ./run.sh and ./test.sh; safe to run again (it only reinstalls when pyproject.toml changed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python_bin="${PYTHON:-}"
if [ -z "$python_bin" ]; then
  for p in python3.13 python3.12 python3.11 python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      python_bin="$p"; break
    fi
  done
fi
if [ -z "$python_bin" ]; then
  echo "WoR Desk needs Python 3.11 or newer. Install it and run this again (or set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi

# Qt's offscreen and desktop platforms need a few system libraries; install the missing ones
# on Debian/Ubuntu when we may (root with apt-get). Elsewhere they come with the desktop.
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  need=()
  for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  # The Linux bundle's small ICU data is built (and tested) with ICU's icupkg, objcopy and cc.
  for pkg in icu-devtools binutils gcc; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing system packages (Qt libraries, build tools): ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2 \
      || echo "Could not install ${need[*]}; the desk app may not start (tests run offscreen)." >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv ..." >&2
  "$python_bin" -m venv .venv
fi
stamp=".venv/.wor-desk-installed"
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing WoR Desk and its dependencies into .venv (first time takes a few minutes) ..." >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
  # constraints.txt: the versions that passed the tests, so a fresh machine gets the same
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]" >&2
  echo "$want" > "$stamp"
fi
