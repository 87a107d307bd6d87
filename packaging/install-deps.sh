#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package needed to build, run and test Roundtable.
# Idempotent: does nothing when everything is already installed. Runs as root, or uses sudo.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config clang-format git clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libqt6opengl6-dev
    libxkbcommon-dev libvulkan-dev libgl-dev libquazip1-qt6-dev libqrencode-dev libsqlite3-dev
    # run
    qt6-translations-l10n qt6-qpa-plugins fonts-dejavu-core fonts-liberation2 fonts-noto-core
    # emoji in the PDF: Qt's PDF engine cannot draw Noto Color Emoji's bitmaps; Symbola has outlines
    fonts-symbola
    # test: exports opened by LibreOffice, PDFs read back, windows under Xvfb, package checks
    libreoffice-impress poppler-utils xvfb xauth sqlite3 desktop-file-utils appstream
    dpkg-dev file python3 fonts-noto-color-emoji
    # test: the phones' QR code decoded from the rendered window and from `serve --qr`
    zbar-tools
)
# Node runs the OOXML validator (pinned in tests/support/ooxml-validate) and the voting page's
# script test; any Node 18+ with npm will do
# (some machines carry NodeSource's nodejs, which conflicts with Debian's npm).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "install-deps: installing ${missing[*]}"
run apt-get update -q
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
