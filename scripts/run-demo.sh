#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and opens PAsS Desktop on a local demo store
# (the Cremasco comuni and the Provincia di Cremona; no server needed).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PASS_BUILD_DIR:-$here/build}
"$here/scripts/setup.sh"

store=${PASS_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/PAsS/demo.db}
mkdir -p "$(dirname "$store")"
if [ ! -s "$store" ]; then
    echo "== creating the demo store $store"
    "$build/app/passctl/passctl" --db "$store" demo --cases 20000 --seed 2022
fi

app=("$build/app/pass-desktop" --db "$store" "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "== no display: starting PAsS Desktop in a virtual X server (xvfb-run)"
    exec xvfb-run -a -s "-screen 0 1440x900x24" "${app[@]}"
fi
exec "${app[@]}"
