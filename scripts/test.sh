#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every check CI runs: formatting, a warnings-as-errors build, and every test (benchmarks
# excluded; run them with scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
scripts/check-format.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci -j2
