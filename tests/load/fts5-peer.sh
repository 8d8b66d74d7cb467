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

records=${1:-}
work=${2:-}
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v sqlite3 >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3
fi

bench() { dotnet run -c Release --no-build --project src/ArchiveSite.Benchmarks -- "$@"; }
now() { date +%s.%N; }
# Times one sqlite3 run of the SQL on stdin, as a line "step<TAB>seconds" of the build times.
timed() {
    local step=$1 start
    start=$(now)
    sqlite3 "$work/fts5.db"
    awk -v s="$start" -v e="$(now)" -v step="$step" 'BEGIN { printf "%s\t%.3f\n", step, e - s }' >> "$work/fts5-build.tsv"
}

echo "== building (Release)"
dotnet build -c Release src/ArchiveSite.Benchmarks -nologo -v quiet >/dev/null

echo "== ours: records for SQLite, our index build, our queries"
bench peer --out "$work" ${records:+--records "$records"}

echo "== FTS5: $(sqlite3 --version | cut -d' ' -f1-2)"
rm -f "$work/fts5.db" "$work/fts5-build.tsv"
# A plain table holds the records (and the dates, indexed), as any SQLite application would; the
# FTS5 table indexes its text columns without a second copy (external content). Empty dates from
# the CSV are undated records: NULL, which no date condition matches.
timed import <<SQL
CREATE TABLE records(id TEXT NOT NULL, title TEXT, summary TEXT, body TEXT, citation TEXT, date_start INTEGER, date_end INTEGER);
.import --csv $work/records.csv records
UPDATE records SET date_start = NULL, date_end = NULL WHERE date_start = '';
SQL
# Porter stemming over unicode61 words, as our English analyzer stems. bm25 weights follow our
# field boosts (title 4, summary 2, body and citation 1); id and dates are stored, not indexed.
timed fts5-index <<'SQL'
CREATE VIRTUAL TABLE records_fts USING fts5(id UNINDEXED, title, summary, body, citation, date_start UNINDEXED, date_end UNINDEXED, content='records', tokenize='porter unicode61');
INSERT INTO records_fts(records_fts) VALUES('rebuild');
INSERT INTO records_fts(records_fts, rank) VALUES('rank', 'bm25(0, 4, 2, 1, 1, 0, 0)');
SQL
timed date-index <<<'CREATE INDEX records_dates ON records(date_start, date_end);'
cat "$work/fts5-build.tsv"

# Memory-mapped reads, as Lucene's MMapDirectory reads our index (2 GB, SQLite's default ceiling).
echo "== FTS5 queries"
sqlite3 -cmd 'PRAGMA mmap_size = 2147418112' "$work/fts5.db" < "$work/fts5-queries.sql" > "$work/fts5-queries.log"

echo "== report"
bench peer-report --out "$work"
