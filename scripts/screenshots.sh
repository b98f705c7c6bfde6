#!/usr/bin/env bash
# Writes the pictures of PAsS Desktop into docs/screenshots/ (or the folder given): one PNG per
# view registered in ui/shell/viewregistry.cpp (<key>.png; a view added there gets its picture
# with no change here), plus settings.png, about.png and firstrun.png, and the first two pages
# of Crema's monitoring report for the last complete semester (report-crema-SEMESTER-page1/2.png,
# with pdftoppm of poppler-utils). A 1440x900 screen (Xvfb
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
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_DIRS/PAsS"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# The machine-wide presets of an installation whose IT set the portal and the sync interval
# (docs/deploy.md): the settings and first-run pictures show them locked.
printf '[Portal]\nUrl=https://portale.passlombardia.it\n[Sync]\nIntervalMinutes=30\n' \
    >"$XDG_CONFIG_DIRS/PAsS/PAsS Desktop.conf"
export LC_ALL=C.UTF-8 LANG=it_IT.UTF-8

store="$HOME/Documenti/PAsS/archivio-cremasco.db"
mkdir -p "$(dirname "$store")"
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
# The first two pages of a sample monitoring report, as printed (A4 at 90 dpi).
if command -v pdftoppm >/dev/null 2>&1; then
    year=$(date +%Y) month=$((10#$(date +%m)))
    if [ "$month" -le 6 ]; then semester="$((year - 1))-S2"; else semester="$year-S1"; fi
    echo "screenshots: Crema's report for $semester"
    QT_QPA_PLATFORM=offscreen "$build/app/passctl/passctl" --db "$store" report --authority 019035 \
        --semester "$semester" --out "$work/crema.pdf" >/dev/null
    for page in 1 2; do
        pdftoppm -r 90 -f "$page" -l "$page" -singlefile -png "$work/crema.pdf" "$out/report-crema-$semester-page$page"
    done
else
    echo "screenshots: pdftoppm (poppler-utils) is not installed; no report pages"
fi
ls -1 "$out"/*.png
