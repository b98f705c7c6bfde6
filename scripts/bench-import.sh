#!/usr/bin/env bash
# The import benchmark on both files people really have, one after the other, each with its two
# sqlite3 anchors (bare table; the same keys as the store) and the ratios: the office-style file
# bench_import generates (1,000,000 rows, no ids) and the canonical export of a demo store
# (passctl demo --cases 1000000 --seed 2, then passctl export cases: ids included, 116 MiB).
# The demo store and its export are made once and kept in DIR (default /var/tmp/pass-bench).
#   bash scripts/bench-import.sh [DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PASS_BUILD_DIR:-$here/build}
dir=${1:-/var/tmp/pass-bench}
for binary in "$build/bench/import/bench_import" "$build/app/passctl/passctl"; do
    [ -x "$binary" ] || { echo "bench-import: $binary is not built (cmake --build build)" >&2; exit 2; }
done
mkdir -p "$dir"
if [ ! -s "$dir/export.csv" ]; then
    rm -f "$dir/demo.db" "$dir/demo.db-wal" "$dir/demo.db-shm"
    "$build/app/passctl/passctl" --db "$dir/demo.db" demo --cases 1000000 --seed 2 >/dev/null
    "$build/app/passctl/passctl" --db "$dir/demo.db" export cases --format csv --out "$dir/export.csv.part"
    mv "$dir/export.csv.part" "$dir/export.csv"
fi
echo "== office-style file (generated, no ids)"
"$build/bench/import/bench_import" --rows 1000000 2>&1 | grep -v 'store upgraded to schema'
echo "== canonical export (ids included)"
"$build/bench/import/bench_import" --file "$dir/export.csv" 2>&1 | grep -v 'store upgraded to schema'
