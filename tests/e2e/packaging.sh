#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb and desktop integration: validators pass, the package holds what a desktop needs, and
# an installed package runs. Usage: packaging.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
id=io.github.roundtable.Roundtable
fail() { echo "packaging: $*" >&2; exit 1; }

desktop-file-validate "$build/$id.desktop" || fail "desktop-file-validate rejected $id.desktop"
appstreamcli validate --no-net "$build/$id.metainfo.xml" >/dev/null || fail "appstreamcli rejected $id.metainfo.xml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null) || fail "cpack -G DEB failed"
deb=$(ls "$work"/pkg/*.deb | head -n1)
[ -f "$deb" ] || fail "cpack made no .deb"
contents=$(dpkg-deb -c "$deb")
for want in usr/bin/roundtable "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
            "usr/share/mime/packages/$id.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg" \
            usr/share/icons/hicolor/scalable/mimetypes/application-x-roundtable-session.svg; do
    grep -q "$want" <<<"$contents" || fail "the .deb lacks $want"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libqt6widgets6 <<<"$depends" || fail "Depends does not name the Qt libraries: $depends"

# Install for real when we may (root, not already installed), else unpack and run from there.
if [ "$(id -u)" -eq 0 ] && ! dpkg -s roundtable >/dev/null 2>&1; then
    dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
    trap 'dpkg -r roundtable >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    bin=/usr/bin/roundtable
else
    dpkg-deb -x "$deb" "$work/root"
    bin="$work/root/usr/bin/roundtable"
fi
"$bin" --version | grep -qi "roundtable" || fail "roundtable --version printed no version"
QT_QPA_PLATFORM=offscreen "$bin" new "$work/installed.roundtable" || fail "roundtable new failed"
[ -s "$work/installed.roundtable" ] || fail "roundtable new made no file"
echo "packaging: $(basename "$deb") validated, installed and ran"
