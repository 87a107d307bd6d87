#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds Roundtable and opens it on a filled-in sample session.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release -DRT_BUILD_TESTS=OFF
cmake --build --preset release
sample="${RT_SAMPLE:-$PWD/build/sample.roundtable}"
[ -f "$sample" ] || build/release/app/roundtable new --template sample-session "$sample"
echo "quickstart: opening $sample"
exec build/release/app/roundtable "$sample"
