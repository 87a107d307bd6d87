#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string is translated: lupdate over today's sources into a copy of each .ts
# must leave no unfinished message (a new tr() string without Welsh, Polish and Urdu fails here).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/translations/roundtable_*.ts "$work"/
for ts in "$work"/roundtable_*.ts; do
    (cd "$src" && "$lupdate" -silent -locations none -no-obsolete core app -ts "$ts") >/dev/null
done
python3 "$src/scripts/ts-tool.py" check "$work"/roundtable_*.ts
# A context the code names at run time (QCoreApplication::translate("X", …)) must be one lupdate
# files strings under, or those strings are translated in the file and never shown.
missing=0
for ctx in $(cd "$src" && grep -rhoE 'translate\("[^"]+"' core app | sed 's/translate("//;s/"$//' | sort -u); do
    if ! grep -q "<name>$ctx</name>" "$work/roundtable_cy.ts"; then
        echo "translations: context \"$ctx\" is looked up at run time but lupdate files no string under it"
        missing=1
    fi
done
[ "$missing" = 0 ]
echo "translations: $(ls "$work"/roundtable_*.ts | wc -l) languages complete"
