#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core unit tests run without widgets, checked on what was built rather than on what CMake
# was asked for: fails if any executable given loads Qt Widgets or Qt Charts (directly or
# through another library, as ldd resolves them), or was not built.
set -uo pipefail
status=0
for bin in "$@"; do
    name=$(basename "$bin")
    if [ ! -x "$bin" ]; then
        echo "no-widgets: $name is not built" >&2
        status=1
        continue
    fi
    if ! libs=$(ldd "$bin"); then
        echo "no-widgets: ldd cannot read $name" >&2
        status=1
        continue
    fi
    if grep -Eo 'libQt6(Widgets|Charts)[^ ]*' <<<"$libs" | sort -u | sed "s/^/no-widgets: $name loads /" | grep .; then
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "no-widgets: none of the $# core unit tests loads Qt Widgets or Qt Charts"
exit "$status"
