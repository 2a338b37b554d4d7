#!/usr/bin/env bash
# Use the built Linux bundle as a coach's machine would, beyond its --self-test: no Python on the
# PATH, a throw-away home. A demo profile, a letter (PDF, Dutch and English), the organisation's
# logo as PNG and as JPEG (Pillow's cut-down set of image formats), and the app started up to its
# unlock screen (offscreen; and on a real X server too when Xvfb is installed, with a screenshot).
#     packaging/smoke-linux.sh [dist/wor-desk]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/wor-desk}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty" "$work/home" "$work/out"
run() {  # the bundle with a clean environment
  env -i HOME="$work/home" PATH="$work/empty" LANG=C.UTF-8 WOR_DESK_HOME="$work/home/wor" \
    WOR_DESK_PASSPHRASE="smoke-test-passphrase" QT_QPA_PLATFORM="${QPA:-offscreen}" \
    ${DISPLAY:+DISPLAY=$DISPLAY} "$bundle/wor-desk" "$@"
}

echo "== demo profile, letters"
run demo --clients 8 --seed 7 >/dev/null
# the demo numbers its clients D000001, D000002, ...; the first one with consent for feedback gets the letter
ok=0
for nr in D000001 D000002 D000003 D000004 D000005 D000006 D000007 D000008; do
  if run letter --client "$nr" --moment intake -o "$work/out/brief-$nr.pdf" >/dev/null 2>&1; then
    run letter --client "$nr" --moment intake --language en -o "$work/out/letter-$nr.pdf" >/dev/null
    ok=1
    echo "letter for client $nr: $(stat -c %s "$work/out/brief-$nr.pdf") bytes (nl), $(stat -c %s "$work/out/letter-$nr.pdf") bytes (en)"
    head -c 5 "$work/out/brief-$nr.pdf" | grep -q '%PDF-' || { echo "not a PDF" >&2; exit 1; }
    break
  fi
done
[ "$ok" = 1 ] || { echo "no letter could be made for demo clients D000001-8" >&2; run letter --client D000001 --moment intake -o "$work/out/x.pdf"; exit 1; }

echo "== logo (PNG, JPEG), and a WebP is refused"
# the files are made with the build's Python and Pillow (full Pillow, WebP included)
py="${PYTHON_WITH_PIL:-$root/build/pkg-venv/bin/python}"
"$py" - "$work" <<'EOF'
import sys
from PIL import Image
for name, colour in (("logo.png", "steelblue"), ("logo.jpg", "darkred"), ("logo.webp", "green")):
    Image.new("RGB", (120, 40), colour).save(f"{sys.argv[1]}/{name}")
EOF
run letter-logo "$work/logo.png" | tail -1
run letter-logo "$work/logo.jpg" | tail -1
run letter --client "$nr" --moment intake -o "$work/out/with-logo.pdf" >/dev/null
echo "letter with logo: $(stat -c %s "$work/out/with-logo.pdf") bytes"
if run letter-logo "$work/logo.webp" >/dev/null 2>&1; then
  echo "a WebP logo was accepted (expected: refused)" >&2; exit 1
fi

echo "== app to its unlock screen (offscreen)"
set +e
QPA=offscreen timeout 20 env -i HOME="$work/home" PATH="$work/empty" LANG=C.UTF-8 \
  WOR_DESK_HOME="$work/home/wor" QT_QPA_PLATFORM=offscreen "$bundle/wor-desk" 2>"$work/app.err"
rc=$?
set -e
if [ "$rc" != 124 ]; then echo "the app stopped by itself (exit $rc):" >&2; cat "$work/app.err" >&2; exit 1; fi
if grep -v "propagateSizeHints" "$work/app.err" | grep -q .; then echo "app stderr:"; cat "$work/app.err"; fi
echo "app ran 20 s offscreen without an error"

if command -v Xvfb >/dev/null && command -v xwd >/dev/null; then
  echo "== app on an X server (Xvfb :57, xcb platform, the system's X11/xcb libraries)"
  Xvfb :57 -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 2
  set +e
  env -i HOME="$work/home" PATH="$work/empty" LANG=C.UTF-8 WOR_DESK_HOME="$work/home/wor" \
    DISPLAY=:57 QT_QPA_PLATFORM=xcb "$bundle/wor-desk" 2>"$work/x.err" &
  app=$!
  sleep 12
  DISPLAY=:57 xwd -root -silent > "$work/screen.xwd"
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
  kill "$xvfb"; wait "$xvfb" 2>/dev/null
  set -e
  "$py" - "$work/screen.xwd" "${SCREENSHOT:-$root/dist/unlock-xcb.png}" <<'EOF'
import struct, sys
from PIL import Image
data = open(sys.argv[1], "rb").read()
head = struct.unpack(">25I", data[:100])  # XWD: header size, ..., width, height, ... ncolors
size, width, height, bpl, ncolors = head[0], head[4], head[5], head[12], head[19]
pixels = data[size + 12 * ncolors:]
Image.frombuffer("RGB", (width, height), pixels, "raw", "BGRX", bpl, 1).save(sys.argv[2])
EOF
  echo "screenshot: ${SCREENSHOT:-$root/dist/unlock-xcb.png}"
  if grep -q . "$work/x.err"; then echo "app stderr (xcb):"; cat "$work/x.err"; fi
fi
echo "Smoke test passed."
