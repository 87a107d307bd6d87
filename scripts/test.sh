#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every check CI runs: formatting, a short fuzzing round, a warnings-as-errors build, and
# every test (benchmarks excluded; run them with scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
scripts/check-format.sh
# Each libFuzzer target for a short run (ASan + UBSan build); RT_FUZZ_SECONDS=0 skips.
if [ "${RT_FUZZ_SECONDS:-60}" != 0 ]; then
    RT_FUZZ_SECONDS="${RT_FUZZ_SECONDS:-60}" scripts/fuzz.sh
fi
cmake --preset ci
cmake --build --preset ci
ctest --preset ci -j2
