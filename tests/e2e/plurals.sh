#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# No hand-made plural is left: `n == 1 ? tr("1 idea") : tr("%1 ideas")` is English-only (Welsh,
# Polish and Urdu have other forms), so counts use tr("%n idea(s)", nullptr, n) and translators
# give every form. Fails on `== 1 ? tr(` or `== 1 ? QCoreApplication::translate(` anywhere in
# core/ or app/, across line breaks too.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
python3 - "$src" <<'EOF'
import pathlib, re, sys

src = pathlib.Path(sys.argv[1])
# `… == 1 ? tr(` with any spacing; group 1 is the name just before `==` (for the exceptions below).
pattern = re.compile(r"(\w*)(?:\(\))?\s*==\s*1\s*\?\s*(?:tr|QCoreApplication::translate)\(")
# Conditions that are not a count, so the two texts are different sentences, not forms of one.
not_counts = {"depth"}  # app/places/DriverEditor: the tree depth chooses the button's words
found = 0
for path in sorted(p for d in ("core", "app") for p in (src / d).rglob("*") if p.suffix in (".cpp", ".h")):
    text = path.read_text(encoding="utf-8")
    for m in pattern.finditer(text):
        if m.group(1) in not_counts:
            continue
        line = text.count("\n", 0, m.start()) + 1
        first = text.splitlines()[line - 1].strip()
        print(f"plurals: {path.relative_to(src)}:{line}: a hand-made plural: {first}")
        found += 1
if found:
    print(f"plurals: {found} hand-made plural(s); use tr(\"%n …(s)\", nullptr, n) instead")
    sys.exit(1)
print("plurals: no hand-made plural in core/ or app/")
EOF
