#!/usr/bin/env bash
# Install WoR Desk for this user from the unpacked bundle: a `wor-desk` command in ~/.local/bin,
# the menu entry and the icon. Run from the bundle's folder: ./install-linux.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
ln -sf "$here/wor-desk" "$HOME/.local/bin/wor-desk"
sed "s|^Exec=wor-desk|Exec=\"$here/wor-desk\"|" "$here/share/applications/wor-desk.desktop" \
  > "$data/applications/wor-desk.desktop"
cp "$here/share/icons/hicolor/256x256/apps/wor-desk.png" "$data/icons/hicolor/256x256/apps/"
echo "WoR Desk installed: start it from the menu, or run 'wor-desk' (~/.local/bin)."
