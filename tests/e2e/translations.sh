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
echo "translations: $(ls "$work"/roundtable_*.ts | wc -l) languages complete"
