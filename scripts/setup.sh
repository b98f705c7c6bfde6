#!/usr/bin/env bash
# Installs what PAsS Desktop needs on Debian 12 and builds it. Safe to run again: it installs
# only what is missing and rebuilds incrementally. Used by run-demo.sh and test.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PASS_BUILD_DIR:-$here/build}

packages=(
    build-essential cmake ninja-build file pkg-config ccache sqlite3 libsqlite3-dev
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 libquazip1-qt6-dev libxlsxwriter-dev libcsv-dev libsimdjson-dev libssl-dev libargon2-dev
    xvfb xauth fonts-dejavu-core dbus-x11 gnome-keyring libsecret-tools imagemagick poppler-utils qt6-svg-dev
    clang libclang-rt-14-dev nodejs npm
    debootstrap curl lintian
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node may come from elsewhere than Debian's package: accept any node >= 18 on the PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm tools used by tests (contract validation, OpenAPI lint), pinned by their lock files.
for manifest in "$here"/tools/*/package.json; do
    [ -f "$manifest" ] || continue
    dir=$(dirname "$manifest")
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        echo "== npm ci in ${dir#$here/}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done

echo "== building in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${PASS_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"$(nproc)"
