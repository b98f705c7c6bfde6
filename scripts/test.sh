#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite (ctest).
# Benchmarks are separate executables (see README) and do not run here.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PASS_BUILD_DIR:-$here/build}
"$here/scripts/setup.sh"

export QT_QPA_PLATFORM=offscreen
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime
trap 'rm -rf "$runtime"' EXIT

cd "$build"
ctest --output-on-failure -j2 --timeout 900 "$@"
