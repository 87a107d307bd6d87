#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60).
# The long run documented in docs/RELIABILITY.md: RT_FUZZ_SECONDS=3600 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${RT_FUZZ_SECONDS:-60}"
cmake --preset fuzz >/dev/null
targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
cmake --build --preset fuzz --target $targets
for t in $targets; do
    name=${t#fuzz_}
    corpus="build/fuzz/corpus/$name"
    mkdir -p "$corpus"
    [ -d "tests/fuzz/corpus/$name" ] && cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
    echo "== $t for ${seconds}s"
    log="build/fuzz/$t.log"
    status=0
    ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen \
        "build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="build/fuzz/$t-" "$corpus" >"$log" 2>&1 || status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz: $t failed (exit $status); log: $log"
        tail -40 "$log"
        exit 1
    fi
done
