#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the user guide's pictures (docs/images/) from the product itself: a sample session
# rendered by `roundtable screenshot`. Usage: scripts/user-guide-shots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
bin="$build/app/roundtable"
out=docs/images
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" new --template sample-session "$work/sample.roundtable"
shoot() { # NAME VIEW [SIZE]
    "$bin" screenshot "$work/sample.roundtable" --view "$2" -o "$out/$1.png" --size "${3:-1280x800}"
    echo "  $out/$1.png  ($2)"
}
shoot agenda agenda
shoot run run:4
shoot projector projector:4 1280x720
shoot tables tables
shoot table table:2
shoot feedback feedback:2 1280x720
shoot places places
shoot pick pick:3:1
shoot drivers drivers:1:1 # the sample's driver diagram is Bedford Borough's first aim
shoot actions actions:4
shoot polls poll:1
shoot poll-scale poll:2
shoot projector-poll projector-poll:1 1280x720
shoot kiosk kiosk
shoot datapack datapack
shoot export export
shoot slide-table slide:12
shoot slide-pick slide:25 # Luton's PICK chart: every idea's words on the chart
# The place leads' pictures: the sample months later (statuses, progress lines, a later period).
"$bin" dump "$work/sample.roundtable" | python3 scripts/follow-up-sample.py >"$work/later.json"
"$bin" load "$work/later.json" "$work/later.roundtable"
shoot_later() { # NAME VIEW [SIZE]
    "$bin" screenshot "$work/later.roundtable" --view "$2" -o "$out/$1.png" --size "${3:-1280x800}"
    echo "  $out/$1.png  ($2)"
}
shoot_later tracker tracker 1366x768
shoot_later review review:1:2 1366x768
shoot_later datapack-period datapack 1366x768
shoot_later export-progress progress:1 1366x768
# The live room's pictures come from its GUI test, which hosts and joins a real room on this
# machine (the screenshot command opens one file; a room needs two laptops).
if [ -x "$build/tests/gui_test_room" ]; then
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} LC_ALL=C.UTF-8 RT_BINARY="$bin" RT_GRAB_DIR="$work" \
        "$build/tests/gui_test_room" >/dev/null
    for name in room-host room-join room-offline; do
        cp "$work/$name.png" "$out/$name.png"
        echo "  $out/$name.png  (tests/gui/test_room)"
    done
else
    echo "  room pictures skipped: build the tests ($build/tests/gui_test_room) to make them" >&2
fi
