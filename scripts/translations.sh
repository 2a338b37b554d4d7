#!/bin/sh
# Regenerate the interface translations: collect the (Dutch) source strings of ui/ into the
# English .ts (keeping translations already made), then compile the .qm the app loads.
# Translate new strings in resources/translations/wor_desk_en.ts with pyside6-linguist.
# Dutch is the source language; wor_desk_nl.ts holds only the messages with a count
# (tr("%n dagen", "", n)), whose Dutch forms ("%n dag" / "%n dagen") are filled in there.
set -e
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-$(dirname "$(command -v python)")}"
TS=resources/translations/wor_desk_en.ts
"$BIN/pyside6-lupdate" $(find ui -name '*.py' | sort) -source-language nl_NL -target-language en_GB -no-obsolete -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm resources/translations/wor_desk_en.qm
NL=resources/translations/wor_desk_nl.ts
"$BIN/pyside6-lupdate" $(find ui -name '*.py' | sort) -source-language nl_NL -target-language nl_NL -pluralonly -no-obsolete -ts "$NL"
"$BIN/pyside6-lrelease" "$NL" -qm resources/translations/wor_desk_nl.qm
