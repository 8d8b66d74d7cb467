#!/usr/bin/env bash
# A peer in the same run: the benchmarks' corpus and query set in SQLite FTS5 (Debian's sqlite3,
# installed when missing) against our index, on one machine, one after the other: index build time
# and first-page query latency, ours against theirs, as ratios. Not part of the test suite.
#
#   bash tests/load/fts5-peer.sh [records] [output-folder]
#
# The corpus is the benchmarks' (ARCHIVESITE_BENCH_CORPUS, else ../shared/corpus/frus-22k.tar.gz);
# records defaults to all 22,029 FRUS records. The output folder (kept only when named) holds the
# records as CSV, both indexes, the SQL the CLI timed, and both sides' raw results.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh
source tests/load/fts5-lib.sh

records=${1:-}
work=${2:-}
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)

bench_build

echo "== ours: records for SQLite, our index build, our queries"
bench peer --out "$work" ${records:+--records "$records"}

fts5_build "$work"
cat "$work/fts5-build.tsv"

# Memory-mapped reads, as Lucene's MMapDirectory reads our index (2 GB, SQLite's default ceiling).
echo "== FTS5 queries"
sqlite3 -cmd 'PRAGMA mmap_size = 2147418112' "$work/fts5.db" < "$work/fts5-queries.sql" > "$work/fts5-queries.log"

echo "== report"
bench peer-report --out "$work"
