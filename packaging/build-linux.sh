#!/usr/bin/env bash
# Build the Linux bundle of WoR Desk (dist/wor-desk/, and dist/wor-desk-VERSION-linux-x86_64.tar.gz)
# with PyInstaller, check its size, and run its --self-test with no Python on the PATH.
#     packaging/build-linux.sh            # build + self-test
#     packaging/build-linux.sh --test     # only the self-test of an existing dist/wor-desk
# Uses its own virtual environment (build/pkg-venv) with WoR Desk installed non-editable.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
max_mb=150
bundle=dist/wor-desk
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"

if [ "${1:-}" != "--test" ]; then
  # binutils (strip, readelf, objcopy), ICU's icupkg and a C compiler: the spec strips the
  # libraries and rebuilds Qt's ICU data library smaller (packaging/icu_slim.py)
  for tool in strip readelf objcopy icupkg cc; do
    command -v "$tool" >/dev/null || {
      echo "'$tool' is missing: apt-get install binutils icu-devtools gcc" >&2
      exit 1
    }
  done
  python_bin="${PYTHON:-python3}"
  venv=build/pkg-venv
  [ -x "$venv/bin/python" ] || "$python_bin" -m venv "$venv"
  echo "Installing WoR Desk and PyInstaller into $venv ..." >&2
  "$venv/bin/python" -m pip install -q -c constraints.txt -r packaging/requirements.txt . >&2
  "$venv/bin/python" -m pip install -q --force-reinstall --no-deps . >&2  # this tree's code, same version
  rm -rf "$bundle"
  "$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/wor-desk.spec
  # Linux desktop integration: the .desktop file and the icon travel in the bundle
  mkdir -p "$bundle/share/applications" "$bundle/share/icons/hicolor/256x256/apps"
  cp packaging/wor-desk.desktop "$bundle/share/applications/"
  cp resources/icons/wor-desk.png "$bundle/share/icons/hicolor/256x256/apps/"
  cp packaging/install-linux.sh "$bundle/"
  tar -C dist -czf "dist/wor-desk-$version-linux-x86_64.tar.gz" wor-desk
fi

# The unpacked folder must stay under the target (the download, the .tar.gz, is about half of
# it). What the folder is made of: packaging/bundle-sizes.py (and packaging/README.md, "Size").
archive="dist/wor-desk-$version-linux-x86_64.tar.gz"
[ -f "$archive" ] || tar -C dist -czf "$archive" wor-desk
"${PYTHON:-python3}" packaging/bundle-sizes.py "$bundle" --top 0 || true
size_mb=$(du -sm "$bundle" | cut -f1)
archive_mb=$(du -sm "$archive" | cut -f1)
echo "Bundle: $archive $archive_mb MB to download, $size_mb MB unpacked in $bundle; target < $max_mb MB"
if [ "$size_mb" -ge "$max_mb" ]; then
  echo "The bundle is $size_mb MB unpacked, over the $max_mb MB target: see packaging/README.md (what is left out)." >&2
  exit 1
fi

# The self-test, as a coach's machine runs it: no Python on the PATH, no virtual environment,
# a throw-away home, offscreen (no display needed).
empty="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$empty" "$home"' EXIT
env -i HOME="$home" PATH="$empty" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$bundle/wor-desk" --self-test
