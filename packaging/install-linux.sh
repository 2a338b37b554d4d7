#!/usr/bin/env bash
# Install WoR Desk for this user from the unpacked bundle: a `wor-desk` command in ~/.local/bin,
# the menu entry and the icon. Run from the bundle's folder: ./install-linux.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
ln -sf "$here/wor-desk" "$HOME/.local/bin/wor-desk"
# The menu entry starts this folder's wor-desk by its absolute path, quoted and escaped as the
# Desktop Entry Specification asks (any folder name works): inside the quotes \ " ` $ get a
# backslash, then every backslash is doubled (the value's own escaping), and % becomes %%.
# GLib (GNOME) cannot start a quoted path with %% in it, so a folder name with a % goes through
# the ~/.local/bin link instead.
exe="$here/wor-desk"
case "$here" in *%*) exe="$HOME/.local/bin/wor-desk" ;; esac
exe=${exe//\\/\\\\}; exe=${exe//\"/\\\"}; exe=${exe//\`/\\\`}; exe=${exe//\$/\\\$}
exe=${exe//\\/\\\\}; exe=${exe//%/%%}
while IFS= read -r line; do
  case "$line" in Exec=wor-desk*) line="Exec=\"$exe\"${line#Exec=wor-desk}" ;; esac
  printf '%s\n' "$line"
done <"$here/share/applications/wor-desk.desktop" >"$data/applications/wor-desk.desktop"
cp "$here/share/icons/hicolor/256x256/apps/wor-desk.png" "$data/icons/hicolor/256x256/apps/"
echo "WoR Desk installed: start it from the menu, or run 'wor-desk' (~/.local/bin)."
