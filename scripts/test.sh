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

# The .deb packages installed into a fresh Debian 12 root (about 2-5 minutes; it says why when
# it has to skip). Only for the whole suite, not for a selection of tests (ctest -R ...).
if [ $# -eq 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo -n true 2>/dev/null && sudo="sudo -n"
    $sudo bash "$here/packaging/tests/deb-install-test.sh" "$build"
fi
