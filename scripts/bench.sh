#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds optimised and runs every benchmark (tests/bench), printing their tables.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release -DRT_BUILD_TESTS=ON
cmake --build --preset release
for b in build/release/tests/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    QT_QPA_PLATFORM=offscreen RT_BINARY="$PWD/build/release/app/roundtable" "$b"
done
