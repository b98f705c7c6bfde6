#!/usr/bin/env bash
# Writes the pictures of PAsS Desktop into docs/screenshots/ (or the folder given): one PNG per
# view registered in ui/shell/viewregistry.cpp (<key>.png; a view added there gets its picture
# with no change here), plus settings.png, about.png and firstrun.png. A 1440x900 screen (Xvfb
# when it is installed, else Qt's offscreen platform), the Italian interface, a demo store of
# the Cremasco comuni and the Provincia di Cremona, and private settings folders, so the
# pictures never depend on the user's own layout or presets.
#   bash scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PASS_BUILD_DIR:-$here/build}
out=${1:-$here/docs/screenshots}
for binary in "$build/app/pass-desktop" "$build/app/passctl/passctl"; do
    [ -x "$binary" ] || { echo "screenshots: $binary is not built (cmake --build build)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CONFIG_DIRS="$work/etc-xdg" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_DIRS"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 LANG=it_IT.UTF-8

store="$work/demo.db"
echo "screenshots: building the demo store"
"$build/app/passctl/passctl" --db "$store" demo --cases 20000 --seed 2022 >/dev/null
mkdir -p "$out"
run=("$build/app/pass-desktop" --db "$store" --lang it --screenshots "$out")
if command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots: Xvfb, 1440x900"
    xvfb-run -a -s "-screen 0 1440x900x24" "${run[@]}"
else
    echo "screenshots: Xvfb is not installed; Qt's offscreen platform, a 1440x900 window"
    QT_QPA_PLATFORM=offscreen "${run[@]}"
fi
ls -1 "$out"/*.png
