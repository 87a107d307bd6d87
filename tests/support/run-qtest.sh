#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one QtTest executable for CTest and tells CTest when something was skipped: QtTest exits 0
# when functions pass or skip, so CTest alone would call a QSKIP a pass. Its output passes through
# unchanged; the exit code is the executable's own, except 77 (SKIP_RETURN_CODE, "Skipped") when it
# exited 0 and its totals report a skip.
#
# CTest sees a whole executable, not its functions, so one skipped function marks the suite
# Skipped even when the others passed: the suite did not prove all it claims here, and saying
# "Passed" would hide that. Every QSKIP in the suites is environmental (a tool not installed, root
# or not root, no /dev/full), so a Skipped suite means "run it on a machine that has what it
# needs"; the output (ctest -V, or Testing/Temporary/LastTest.log) says which function and why.
# A failure, a crash or a non-zero exit after the totals (e.g. a sanitizer's leak report) is
# always a failure, whatever was skipped.
set -uo pipefail
log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
if [ "$rc" -gt 128 ]; then
    # Died of a signal: die of the same one, so CTest reports the crash as a crash.
    rm -f "$log"
    trap - EXIT
    kill -s "$((rc - 128))" $$
fi
if [ "$rc" -eq 0 ] && grep -Eq '^Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped' "$log"; then
    exit 77
fi
exit "$rc"
