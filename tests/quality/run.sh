#!/usr/bin/env bash
# Search quality, ours against SQLite FTS5 (bm25) in the same run, on the same records and the
# same queries (issue 17): query families generated from the corpus with the answer known, plus
# the hand-judged topical queries of tests/quality/; per family MRR@10, success@1 and @10 (and
# nDCG@10 for the judged ones). Not part of the test suite (docs/search-quality.md).
#
#   bash tests/quality/run.sh [records] [output-folder]
#
# The corpus is the benchmarks' (ARCHIVESITE_BENCH_CORPUS, else ../shared/corpus/frus-22k.tar.gz);
# records defaults to all 22,029 FRUS records; the output folder to artifacts/quality. It keeps the
# records as CSV, the FTS5 database, the queries, both engines' answers, the report (report.md)
# and every query's result (results.jsonl) to inspect a miss. QUALITY_ARGS adds arguments to the
# quality verb (--per-family N, --seed S).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh
source tests/load/fts5-lib.sh

records=${1:-}
out=${2:-artifacts/quality}
mkdir -p "$out"
out=$(cd "$out" && pwd)

bench_build

echo "== ours: records for SQLite, the query families, our index and our answers"
# shellcheck disable=SC2086 # QUALITY_ARGS is a list of arguments
bench quality --out "$out" ${records:+--records "$records"} ${QUALITY_ARGS:-}

fts5_build "$out"

echo "== FTS5 answers"
# A query FTS5 refuses prints its error and the run goes on: the report counts it as found nothing.
sqlite3 "$out/fts5.db" < "$out/fts5-quality.sql" > "$out/fts5-quality.log" 2> "$out/fts5-quality.err" || true
if [ -s "$out/fts5-quality.err" ]; then
    echo "FTS5 refused $(grep -c . "$out/fts5-quality.err") statements: see $out/fts5-quality.err"
fi

echo "== report ($out/report.md; per query: $out/results.jsonl)"
bench quality-report --out "$out"
